package org.laureate.scoring.boundary;

import java.time.Instant;
import java.util.List;

/** A published list of candidates as the public reads it. */
public record PublishedCandidates(long listId, String cycleName, String roundTitle, Instant publishedAt,
        List<PetitionSummary> candidates) {
}
