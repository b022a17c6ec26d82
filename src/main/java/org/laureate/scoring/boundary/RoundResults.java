package org.laureate.scoring.boundary;

import java.io.Serializable;
import java.util.List;
import org.laureate.scoring.entity.ScoringRound;

/** A closed round's results: each petition's tally, ranked by the round's rule; k is the least number published. */
public record RoundResults(ScoringRound round, int minBallots, List<PetitionResult> rows) implements Serializable {
}
