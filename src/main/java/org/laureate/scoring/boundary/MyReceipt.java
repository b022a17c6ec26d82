package org.laureate.scoring.boundary;

import java.util.Map;
import org.laureate.scoring.entity.Criterion;

/** One of a member's cast ballots: the petition, the receipt code, the hash the board shows, the scores. */
public record MyReceipt(PetitionSummary petition, String code, String hash, Map<Criterion, Integer> scores) {
}
