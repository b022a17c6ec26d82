package org.laureate.decision.boundary;

import java.util.List;
import java.util.Optional;
import org.laureate.decision.entity.Resolution;
import org.laureate.scoring.boundary.PetitionSummary;

/**
 * Where a cycle stands after its final vote: the nominees, the Council of Ministers' resolution and the Supreme State
 * Council's, and the laureates they make. Shown only to the secretariat, the co-chairs and the Councils' recorders.
 */
public record CycleDecisions(long cycleId, String cycleName, List<PetitionSummary> nominees,
        Optional<Resolution> ministers, Optional<Resolution> supreme, List<PetitionSummary> laureates) {
}
