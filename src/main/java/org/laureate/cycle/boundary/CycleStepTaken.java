package org.laureate.cycle.boundary;

import java.util.Objects;
import org.laureate.cycle.entity.CycleStep;

/**
 * A later feature took a step of a cycle: fired as a CDI event inside the transaction that took it, so that the cycle's
 * phase follows it (R1.12) with it, or not at all.
 *
 * @param cycleId the cycle's id
 * @param step    the step taken
 */
public record CycleStepTaken(long cycleId, CycleStep step) {

    public CycleStepTaken {
        Objects.requireNonNull(step);
    }
}
