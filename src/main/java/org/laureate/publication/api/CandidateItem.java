package org.laureate.publication.api;

import org.laureate.cycle.entity.ArtField;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.platform.Country;

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
public record CandidateItem(String registrationNumber,
        String work,
        String authors,
        ArtField artField,
        Country country,
        String organisation) {

    static CandidateItem of(PetitionSummary petition) {
        return new CandidateItem(petition.registrationNumber(), petition.workTitle(), petition.authors(),
                petition.artField(), petition.country(), petition.organisation());
    }
}
