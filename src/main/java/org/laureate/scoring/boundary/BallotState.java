package org.laureate.scoring.boundary;

/** Where a member's ballot on a petition stands, as only that member sees it. */
public enum BallotState {
    /** Not scored yet. */
    NOT_SCORED,
    /** Scores saved as a draft, not cast. */
    DRAFT,
    /** Cast; it may be changed until the round closes. */
    SUBMITTED,
    /** Cast under an earlier secret (before a password reset): it counts, and can no longer be changed. */
    SUBMITTED_EARLIER,
    /** The member may not score this petition. */
    RECUSED
}
