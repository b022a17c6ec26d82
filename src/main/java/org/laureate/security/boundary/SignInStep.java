package org.laureate.security.boundary;

/** What a sign-in needs after the password has been checked (R3.10). */
public enum SignInStep {
    /** The name or the password is wrong (R3.4 never says which). */
    REFUSED,
    /** R3.14 Too many failures of the name or of the address: refused unchecked, for a while. */
    THROTTLED,
    /** The password suffices: the account's roles need no second factor. */
    DONE,
    /** A code of the enrolled second factor is needed. */
    CODE,
    /** The account's roles need a second factor that is not enrolled yet: it is enrolled now, with a first code. */
    ENROL
}
