package org.laureate.nomination.entity;

/** Where a petition stands: drafted by its organisation, submitted, then decided by the ministry of its country. */
public enum NominationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ADMITTED,
    REJECTED,
    WITHDRAWN
}
