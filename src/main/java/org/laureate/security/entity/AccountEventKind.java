package org.laureate.security.entity;

/** What happened to an account's password, second factor or sign-ins (R3.13, R3.14, R3.19). */
public enum AccountEventKind {
    /** R3.19 The holder of an account without a password was mailed a link to set the first one (again, perhaps). */
    FIRST_PASSWORD_SENT,
    /** R3.19 The holder set the account's first password through that link. */
    FIRST_PASSWORD_SET,
    /** The secretariat mailed a one-time link to choose a new password. */
    PASSWORD_RESET_SENT,
    /** A new password was chosen through a reset link. */
    PASSWORD_RESET,
    /** The holder changed their password with their current one. */
    PASSWORD_CHANGED,
    /** A second factor was enrolled. */
    SECOND_FACTOR_ENROLLED,
    /** The secretariat reset the second factor; the next sign-in enrols a new one. */
    SECOND_FACTOR_RESET,
    /** R3.14 A sign-in failed: a wrong password or a wrong code of the second factor. */
    SIGN_IN_FAILED,
    /** R3.14 So many sign-ins failed in a row that the account is locked for a while. */
    SIGN_IN_LOCKED,
    /** R3.18 The holder confirmed the e-mail address given at registration. */
    EMAIL_CONFIRMED
}
