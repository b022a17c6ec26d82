package org.laureate.nomination.boundary;

import java.io.Serializable;
import java.util.stream.Collectors;
import org.laureate.cycle.entity.ArtField;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.Nominee;
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
        var authors = nomination.getNominees().stream().map(Nominee::getFullNameRu).collect(Collectors.joining(", "));
        var authorsBe = nomination.getNominees().stream()
                .map(nominee -> orRussian(nominee.getFullNameBe(), nominee.getFullNameRu()))
                .collect(Collectors.joining(", "));
        var organisation = nomination.getOrganisation();
        return new PetitionSummary(nomination.getId(), nomination.getRegistrationNumber(), nomination.getWorkTitle(),
                authors, nomination.getArtField(), nomination.getCountry(), organisation.getNameRu(), authorsBe,
                orRussian(organisation.getNameBe(), organisation.getNameRu()));
    }

    /** The authors as a reader of the language ({@code ru}, {@code be}, {@code en}) finds them best written. */
    public String authorsIn(String language) {
        return BELARUSIAN.equals(language) ? authorsBe : authors;
    }

    /** The nominating organisation as a reader of the language finds it best written. */
    public String organisationIn(String language) {
        return BELARUSIAN.equals(language) ? organisationBe : organisation;
    }

    private static String orRussian(String belarusian, String russian) {
        return belarusian == null || belarusian.isBlank() ? russian : belarusian;
    }
}
