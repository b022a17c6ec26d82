package org.laureate.scoring.boundary;

import org.laureate.council.entity.Recusal;
import org.laureate.nomination.entity.Nomination;
import org.laureate.scoring.entity.ScoringRound;

/** A petition of a round as a member reads it to score it, with the member's recusal, if any. */
public record MyBallot(ScoringRound round, Nomination petition, Recusal recusal, boolean open) {
}
