package org.laureate.organisation.entity;

/** Whether the ministry of the organisation's country has verified it; only verified organisations nominate. */
public enum OrganisationStatus {
    PENDING,
    VERIFIED,
    REJECTED
}
