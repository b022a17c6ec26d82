package org.laureate.security.boundary;

import java.util.Arrays;

/**
 * Fired, in the sign-in request, once a person's password has been accepted: features that keep something under a
 * key derived from the password open it here. The password is never stored, logged or printed.
 */
public final class SignedIn {

    private final char[] password;

    public SignedIn(char[] password) {
        this.password = password.clone();
    }

    /** A copy of the password just accepted. */
    public char[] password() {
        return password.clone();
    }

    /** Wipes the password once every observer has had it. */
    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "SignedIn";
    }
}
