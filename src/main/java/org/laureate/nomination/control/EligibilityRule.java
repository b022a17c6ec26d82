package org.laureate.nomination.control;

/** The eligibility rules a ministry checks before admitting a petition (docs/domain.md, eligibility). */
public enum EligibilityRule {
    /** R4.12 The petition has its work, reasons, at least one author and at least one material. */
    REQUIRED_PARTS,
    /** R4.4 Every author is a citizen of Belarus or of Russia. */
    CITIZENSHIP,
    /** R4.13 The work was made public on or before the cycle's cut-off date. */
    PUBLICITY_DATE,
    /** R4.5 One author, or a collective no larger than the cycle allows. */
    COLLECTIVE_SIZE,
    /** R1.5 The work belongs to one of the cycle's art fields. */
    ART_FIELD
}
