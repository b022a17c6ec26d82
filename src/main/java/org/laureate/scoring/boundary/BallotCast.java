package org.laureate.scoring.boundary;

/** That a ballot was cast or re-cast in a round, and nothing else: what {@link CastCounts} counts. */
public record BallotCast(long roundId) {
}
