package org.laureate.cycle.entity;

/** How a member votes in the Expert Council's final vote (a setting of the cycle). */
public enum VoteMode {
    /** For up to P petitions, P being the number of prizes. */
    APPROVAL,
    /** For, against or abstain on each petition. */
    FOR_AGAINST_ABSTAIN
}
