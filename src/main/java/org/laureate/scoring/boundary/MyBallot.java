package org.laureate.scoring.boundary;

import java.util.Map;
import org.laureate.nomination.entity.Nomination;
import org.laureate.scoring.control.Recusal;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.ScoringRound;

/**
 * A member's own ballot on a petition, opened with the member's secret: scores, private note and receipt code, with
 * the petition itself.
 */
public record MyBallot(ScoringRound round, Nomination petition, BallotState state, Recusal recusal,
        Map<Criterion, Integer> scores, String note, String receipt, boolean open) {
}
