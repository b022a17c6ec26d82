package org.laureate.vote.entity;



/** Where a final vote stands. */
public enum VoteStatus {
    /** Put to the vote; presence is being registered. */
    PREPARED,
    /** Open with a quorum; the members present vote. */
    OPEN,
    /** Closed; its result is counted. */
    CLOSED
}
