package org.laureate.publication.api;

import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.laureate.platform.Csv;
import org.laureate.publication.boundary.PublishedCycle;
import org.laureate.publication.entity.Award;
import org.laureate.publication.entity.AwardAuthor;

/**
 * The open data's CSV files ({@link Csv}: RFC 4180, a header row, no cell read as a formula); several values in one
 * cell are separated by "; ".
 */
final class OpenDataCsv {

    private static final String SEPARATOR = "; ";

    private OpenDataCsv() {
    }

    static String laureates(List<Award> awards) {
        return write(new String[] {"id", "cycle", "work", "art_field", "authors", "authors_be", "countries",
            "resolution_number", "resolution_date", "published_at", "amendments"}, csv -> {
                for (var award : awards) {
                    var authors = award.getAuthors();
                    csv.row(award.getId(), award.getCycleName(), award.getWorkTitle(),
                            text(award.getArtField()), join(authors, AwardAuthor::getNameRu),
                            join(authors, author -> text(author.getNameBe())),
                            join(authors, author -> text(author.getCountry())), text(award.getResolutionNumber()),
                            text(award.getResolutionDate()), text(award.getPublishedAt()),
                            award.getAmendments().size());
                }
            });
    }

    static String cycles(List<PublishedCycle> cycles) {
        return write(new String[] {"cycle", "laureates", "resolution_number", "resolution_date", "candidate_lists"},
                csv -> {
                    for (var cycle : cycles) {
                        csv.row(cycle.name(), cycle.laureates(), text(cycle.resolutionNumber()),
                                text(cycle.resolutionDate()), cycle.candidateLists().size());
                    }
                });
    }

    static String candidates(List<CandidateListItem> lists) {
        return write(new String[] {"cycle", "round", "published_at", "position", "registration_number", "work",
            "authors", "art_field", "country", "organisation"}, csv -> {
                for (var list : lists) {
                    int position = 0;
                    for (var candidate : list.candidates()) {
                        csv.row(list.cycle(), list.round(), text(list.publishedAt()), ++position,
                                candidate.registrationNumber(), candidate.work(), candidate.authors(),
                                text(candidate.artField()), text(candidate.country()), candidate.organisation());
                    }
                }
            });
    }

    private interface Rows {
        void print(Csv csv);
    }

    private static String write(String[] header, Rows rows) {
        var out = new StringWriter();
        try (var csv = Csv.of(out, header)) {
            rows.print(csv);
        }
        return out.toString();
    }

    private static String join(List<AwardAuthor> authors, Function<AwardAuthor, String> part) {
        return authors.stream().map(part).collect(Collectors.joining(SEPARATOR));
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
