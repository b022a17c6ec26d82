package org.laureate.nomination.entity;

/** How a work was made public (docs/domain.md, eligibility). */
public enum PublicityForm {
    PUBLICATION,
    PREMIERE,
    EXHIBITION_OPENING,
    BROADCAST,
    COMMISSIONING
}
