package org.laureate.council.entity;


/** Why a member may not score a petition. */
public enum Recusal {
    /** The member belongs to the nominating organisation. */
    ORGANISATION,
    /** The member declared a conflict of interest. */
    DECLARED
}
