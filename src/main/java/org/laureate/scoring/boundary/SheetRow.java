package org.laureate.scoring.boundary;

import org.laureate.scoring.control.Recusal;

/** One petition of a round on a member's score sheet, with the state of the member's own ballot. */
public record SheetRow(PetitionSummary petition, BallotState state, Recusal recusal) {
}
