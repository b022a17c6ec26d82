package org.laureate.security.entity;

/** What happened to an account's password or second factor (R3.13). */
public enum AccountEventKind {
    /** The secretariat mailed a one-time link to choose a new password. */
    PASSWORD_RESET_SENT,
    /** A new password was chosen through a reset link. */
    PASSWORD_RESET,
    /** The holder changed their password with their current one. */
    PASSWORD_CHANGED,
    /** A second factor was enrolled. */
    SECOND_FACTOR_ENROLLED,
    /** The secretariat reset the second factor; the next sign-in enrols a new one. */
    SECOND_FACTOR_RESET
}
