package org.laureate.scoring.boundary;

import java.io.Serializable;
import java.util.List;
import org.laureate.scoring.entity.ScoringRound;

/**
 * A closed round's results, or a page of them: each petition's tally, ranked by the round's rule; k is the least number
 * published.
 *
 * @param rows the page's rows, in the order of the ranking
 * @param ranking every petition of the round, in the order of the ranking
 */
public record RoundResults(ScoringRound round, int minBallots, List<PetitionResult> rows, List<Long> ranking)
        implements Serializable {

    /** Keeps unmodifiable copies of the rows and the ranking. */
    public RoundResults {
        rows = List.copyOf(rows);
        ranking = List.copyOf(ranking);
    }
}
