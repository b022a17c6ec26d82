package org.laureate.scoring.boundary;

import org.laureate.council.entity.Recusal;

/** One petition of a round on a member's score sheet, with the member's recusal from it, if any. */
public record SheetRow(PetitionSummary petition, Recusal recusal) {
}
