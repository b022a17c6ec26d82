package org.laureate.cycle.entity;

/** The phases of an award cycle, in the order it passes through them (DOMAIN.md, "The cycle"). */
public enum CyclePhase {
    DRAFT,
    CALL_OPEN,
    CALL_CLOSED,
    EXPERT_REVIEW,
    CANDIDATES_PUBLISHED,
    FINAL_VOTE,
    PROPOSAL,
    AWARDED,
    PUBLISHED
}
