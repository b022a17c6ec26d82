package org.laureate.scoring.entity;

/** Where a list of candidates stands. */
public enum CandidateListStatus {
    /** Proposed by the secretariat, awaiting the co-chairs. */
    PROPOSED,
    /** Confirmed by both co-chairs. */
    CONFIRMED,
    /** On the public page for public discussion. */
    PUBLISHED
}
