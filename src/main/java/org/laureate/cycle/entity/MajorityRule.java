package org.laureate.cycle.entity;

/** Whose majority chooses a petition in the final vote (a setting of the cycle). */
public enum MajorityRule {
    /** More than half of the members present who may vote on it. */
    OF_PRESENT,
    /** More than half of the whole council. */
    OF_COUNCIL
}
