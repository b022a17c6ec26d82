package org.laureate.vote.entity;



/** A member's choice on one petition in the final vote. */
public enum Choice {
    FOR,
    AGAINST,
    ABSTAIN
}
