package org.laureate.scoring.boundary;

import java.util.Map;
import org.laureate.scoring.entity.Choice;

/** A line of a closed final vote's bulletin board: a ballot by the hash of its receipt, and its choices. */
public record VoteBoardEntry(String receiptHash, Map<String, Choice> choices) {
}
