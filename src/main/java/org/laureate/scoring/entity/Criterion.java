package org.laureate.scoring.entity;

/** What a member scores a petition on, each on the round's scale and with the round's weight. */
public enum Criterion {
    /** Artistic merit. */
    ARTISTIC_MERIT,
    /** Contribution to the friendship and cooperation of the peoples of Belarus and Russia. */
    FRIENDSHIP,
    /** Significance and novelty. */
    SIGNIFICANCE
}
