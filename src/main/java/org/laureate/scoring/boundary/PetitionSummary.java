package org.laureate.scoring.boundary;

import java.io.Serializable;
import java.util.stream.Collectors;
import org.laureate.cycle.entity.ArtField;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.Nominee;
import org.laureate.platform.Country;

/** A petition as the council's pages show it in a list: number, work, authors, art field, country, organisation. */
public record PetitionSummary(long id, String registrationNumber, String workTitle, String authors, ArtField artField,
        Country country, String organisation) implements Serializable {

    public static PetitionSummary of(Nomination nomination) {
        var authors = nomination.getNominees().stream().map(Nominee::getFullNameRu).collect(Collectors.joining(", "));
        return new PetitionSummary(nomination.getId(), nomination.getRegistrationNumber(), nomination.getWorkTitle(),
                authors, nomination.getArtField(), nomination.getCountry(), nomination.getOrganisation().getNameRu());
    }
}
