package org.laureate.publication.api;

import java.time.Instant;
import java.util.List;
import org.laureate.scoring.boundary.PublishedCandidates;

/**
 * A published list of candidates.
 *
 * @param cycle       the cycle, "2025–2026"
 * @param round       the scoring round it came from
 * @param publishedAt when it was published
 * @param candidates  the candidates, in the list's order
 */
public record CandidateListItem(String cycle,
        String round,
        Instant publishedAt,
        List<CandidateItem> candidates) {

    static CandidateListItem of(PublishedCandidates list) {
        return new CandidateListItem(list.cycleName(), list.roundTitle(), list.publishedAt(),
                list.candidates().stream().map(CandidateItem::of).toList());
    }
}
