package org.laureate.scoring.boundary;

import java.util.List;
import org.laureate.scoring.entity.ScoringRound;

/**
 * A member's view of a round: its petitions, each with the member's recusal if any, how many the member may score,
 * and whether the member has been issued the round's credentials. What the member has scored is known to their browser
 * only.
 */
public record ScoreSheet(ScoringRound round, boolean open, boolean closed, List<SheetRow> rows, int scorable,
        boolean issued) {
}
