package org.laureate.publication.entity;

/** Where a public comment stands in moderation. */
public enum CommentStatus {
    /** Awaiting the secretariat; not shown. */
    PENDING,
    /** Shown on the public page. */
    APPROVED,
    /** Never shown. */
    REJECTED
}
