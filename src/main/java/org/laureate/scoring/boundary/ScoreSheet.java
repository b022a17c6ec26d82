package org.laureate.scoring.boundary;

import java.util.List;
import org.laureate.scoring.entity.ScoringRound;

/** A member's view of a round: its petitions, the state of each of the member's ballots, and the progress. */
public record ScoreSheet(ScoringRound round, boolean open, boolean closed, List<SheetRow> rows, int scored,
        int scorable) {
}
