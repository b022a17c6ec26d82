package org.laureate.decision.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;

/**
 * The Supreme State Council has awarded the prizes of a cycle: fired as a CDI event inside the transaction that records
 * its resolution, so that the laureates are recorded (not yet public) with it, or not at all. Firing it again for the
 * same cycle replaces the cycle's recorded awards; published ones are never touched.
 *
 * @param cycleId          the cycle's id (an {@code award_cycle} row)
 * @param cycleName        the cycle's name, "2025–2026" (en dash)
 * @param resolutionNumber the resolution's number (may be {@code null})
 * @param resolutionDate   the resolution's date
 * @param works            the laureate works, in the resolution's order
 */
public record LaureatesAwarded(long cycleId, String cycleName, String resolutionNumber, LocalDate resolutionDate,
        List<AwardedWork> works) {

    public LaureatesAwarded {
        Objects.requireNonNull(cycleName);
        Objects.requireNonNull(resolutionDate);
        works = List.copyOf(works);
    }

    /**
     * A laureate work.
     *
     * @param nominationId the petition that nominated it
     * @param workTitle    the work's title, in Russian
     * @param artField     its field
     * @param authors      its authors, in the petition's order (at least one)
     */
    public record AwardedWork(long nominationId, String workTitle, ArtField artField, List<AwardedAuthor> authors) {

        public AwardedWork {
            Objects.requireNonNull(workTitle);
            Objects.requireNonNull(artField);
            authors = List.copyOf(authors);
        }
    }

    /**
     * An author of a laureate work.
     *
     * @param nameRu  the full name in Russian
     * @param nameBe  its Belarusian spelling, or {@code null}
     * @param country the member state the author belongs to
     */
    public record AwardedAuthor(String nameRu, String nameBe, Country country) {

        public AwardedAuthor {
            Objects.requireNonNull(nameRu);
            Objects.requireNonNull(country);
        }
    }
}
