package org.laureate.scoring.boundary;

import java.time.Instant;
import java.util.List;
import org.laureate.nomination.boundary.PetitionSummary;

/** A published list of candidates as the public reads it. */
public record PublishedCandidates(long listId, String cycleName, String roundTitle, Instant publishedAt,
        List<PetitionSummary> candidates) {
}
