package org.laureate.scoring.boundary;

import org.laureate.council.entity.Recusal;
import org.laureate.nomination.boundary.PetitionSummary;

/** One petition of a round on a member's score sheet, with the member's recusal from it, if any. */
public record SheetRow(PetitionSummary petition, Recusal recusal) {
}
