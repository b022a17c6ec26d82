package org.laureate.nomination.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.laureate.cycle.entity.ArtField;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.Country;

/**
 * A petition as the council's pages show it in a list: number, work, authors, art field, country, organisation; the
 * authors and the organisation also as written in Belarusian, each where a Belarusian spelling is given (the Russian
 * one otherwise), for a reader of Belarusian.
 */
public record PetitionSummary(long id, String registrationNumber, String workTitle, String authors, ArtField artField,
        Country country, String organisation, String authorsBe, String organisationBe) implements Serializable {

    private static final String BELARUSIAN = "be";

    public static PetitionSummary of(Nomination nomination) {
        var organisation = nomination.getOrganisation();
        return of(nomination.getId(), nomination.getRegistrationNumber(), nomination.getWorkTitle(),
                nomination.getArtField(), nomination.getCountry(),
                nomination.getNominees().stream().map(nominee -> new Name(nominee.getFullNameRu(),
                        nominee.getFullNameBe())).toList(),
                new Name(organisation.getNameRu(), organisation.getNameBe()));
    }

    /** A petition's summary from its columns: its authors in their order, each name in Russian and in Belarusian. */
    public static PetitionSummary of(long id, String registrationNumber, String workTitle, ArtField artField,
            Country country, List<Name> authors, Name organisation) {
        return new PetitionSummary(id, registrationNumber, workTitle,
                authors.stream().map(Name::russian).collect(Collectors.joining(", ")), artField, country,
                organisation.russian(), authors.stream().map(Name::belarusian).collect(Collectors.joining(", ")),
                organisation.belarusian());
    }

    /** The authors as a reader of the language ({@code ru}, {@code be}, {@code en}) finds them best written. */
    public String authorsIn(String language) {
        return BELARUSIAN.equals(language) ? authorsBe : authors;
    }

    /** The nominating organisation as a reader of the language finds it best written. */
    public String organisationIn(String language) {
        return BELARUSIAN.equals(language) ? organisationBe : organisation;
    }

    /** A name in Russian and, where given, in Belarusian. */
    public record Name(String russian, String givenBelarusian) {

        /** The Belarusian spelling, the Russian one where none is given. */
        public String belarusian() {
            return givenBelarusian == null || givenBelarusian.isBlank() ? russian : givenBelarusian;
        }
    }
}
