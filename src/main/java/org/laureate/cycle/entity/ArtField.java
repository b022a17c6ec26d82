package org.laureate.cycle.entity;

/** The fields of literature and the arts in which a cycle admits works (docs/domain.md, eligibility). */
public enum ArtField {
    LITERATURE,
    LITERARY_AND_ART_STUDIES,
    MUSIC,
    THEATRE,
    VISUAL_ARTS,
    AUDIOVISUAL,
    DESIGN
}
