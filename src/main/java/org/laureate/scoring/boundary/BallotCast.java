package org.laureate.scoring.boundary;

/**
 * That a ballot was cast or re-cast, and nothing else: the audit subject ({@code Ballot} of a round; another feature
 * that casts the same way, the final vote, names its own) and the round's or vote's id; what {@link CastCounts}
 * counts.
 */
public record BallotCast(String subject, long id) {

    /** A ballot of a scoring round. */
    public static BallotCast ofRound(long roundId) {
        return new BallotCast("Ballot", roundId);
    }
}
