package org.laureate.scoring.boundary;

import java.io.Serializable;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.scoring.control.PetitionTally;

/** A petition's line in a closed round's results. */
public record PetitionResult(PetitionSummary petition, PetitionTally tally) implements Serializable {
}
