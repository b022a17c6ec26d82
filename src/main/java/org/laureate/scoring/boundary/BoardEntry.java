package org.laureate.scoring.boundary;

import java.util.Map;
import org.laureate.scoring.entity.Criterion;

/** A line of a closed round's bulletin board: a ballot by the hash of its receipt, its petition and its scores. */
public record BoardEntry(String receiptHash, String registrationNumber, String workTitle,
        Map<Criterion, Integer> scores) {
}
