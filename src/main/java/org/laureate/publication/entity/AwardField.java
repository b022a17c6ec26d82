package org.laureate.publication.entity;

/** What an amendment corrects: a field of the award, or a field of one of its authors. */
public enum AwardField {
    WORK_TITLE(false),
    ART_FIELD(false),
    RESOLUTION_NUMBER(false),
    RESOLUTION_DATE(false),
    AUTHOR_NAME_RU(true),
    AUTHOR_NAME_BE(true),
    AUTHOR_COUNTRY(true);

    private final boolean ofAuthor;

    AwardField(boolean ofAuthor) {
        this.ofAuthor = ofAuthor;
    }

    /** Whether the field belongs to one author, so that an amendment names which. */
    public boolean isOfAuthor() {
        return ofAuthor;
    }
}
