package org.laureate.organisation.entity;

/** The kinds of body that may nominate (docs/domain.md, "Who takes part"). */
public enum OrganisationKind {
    CREATIVE_UNION,
    STATE_BODY,
    CULTURAL_INSTITUTION,
    UNIVERSITY,
    MEDIA,
    PUBLISHER,
    PUBLIC_ASSOCIATION
}
