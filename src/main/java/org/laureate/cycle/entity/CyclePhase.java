package org.laureate.cycle.entity;

import java.util.Optional;

/** The phases of an award cycle, in the order it passes through them (docs/domain.md). */
public enum CyclePhase {
    DRAFT,
    CALL_OPEN,
    CALL_CLOSED,
    EXPERT_REVIEW,
    CANDIDATES_PUBLISHED,
    FINAL_VOTE,
    PROPOSAL,
    AWARDED,
    PUBLISHED;

    /** The phase that follows this one; none after the last. */
    public Optional<CyclePhase> next() {
        int next = ordinal() + 1;
        return next < values().length ? Optional.of(values()[next]) : Optional.empty();
    }
}
