package org.laureate.publication.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;
import org.laureate.scoring.boundary.PetitionSummary;

/**
 * A candidate (соискатель) on a published list.
 *
 * @param registrationNumber the petition's registration number
 * @param work               the work's title
 * @param authors            the authors' names, in Russian
 * @param artField           the art field
 * @param country            the nominating organisation's country
 * @param organisation       the nominating organisation
 */
@Schema(name = "Candidate")
public record CandidateItem(
        @Schema(required = true) String registrationNumber,
        @Schema(required = true) String work,
        @Schema(required = true) String authors,
        @Schema(required = true) ArtField artField,
        @Schema(required = true) Country country,
        @Schema(required = true) String organisation) {

    static CandidateItem of(PetitionSummary petition) {
        return new CandidateItem(petition.registrationNumber(), petition.workTitle(), petition.authors(),
                petition.artField(), petition.country(), petition.organisation());
    }
}
