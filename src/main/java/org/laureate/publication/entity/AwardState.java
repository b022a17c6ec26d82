package org.laureate.publication.entity;

/** Where an award stands: recorded from the Supreme State Council's resolution, then published by the secretariat. */
public enum AwardState {
    RECORDED,
    PUBLISHED
}
