package org.laureate.nomination.entity;

/** How a work was made public (DOMAIN.md, "Eligibility"). */
public enum PublicityForm {
    PUBLICATION,
    PREMIERE,
    EXHIBITION_OPENING,
    BROADCAST,
    COMMISSIONING
}
