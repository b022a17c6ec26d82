package org.laureate.security.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Arrays;
import org.laureate.security.boundary.Enrolment;

/**
 * A sign-in between its two steps (R3.10): the password has been accepted, the code of the second factor not yet. The
 * session is not signed in meanwhile. The password is held in memory only (never serialised) until the second step,
 * which checks it again, and is wiped then, on cancelling, or after {@link #MAX_ATTEMPTS} wrong codes.
 */
@SessionScoped
public class PendingSignIn implements Serializable {

    /** Wrong codes accepted before the password must be typed again. */
    static final int MAX_ATTEMPTS = 5;

    private static final long serialVersionUID = 1L;

    private transient String username;
    private transient char[] password;
    private transient Enrolment enrolment;
    private transient int attempts;

    void await(String name, String typedPassword, Enrolment offered) {
        clear();
        username = name;
        password = typedPassword.toCharArray();
        enrolment = offered;
    }

    boolean isActive() {
        return username != null && password != null;
    }

    String username() {
        return username;
    }

    char[] password() {
        return password.clone();
    }

    /** The second factor offered for enrolment, or {@code null} when the account has one. */
    Enrolment enrolment() {
        return enrolment;
    }

    /** Counts a wrong code; true when the attempts are used up and the sign-in is forgotten. */
    boolean wrongCode() {
        attempts++;
        if (attempts >= MAX_ATTEMPTS) {
            clear();
            return true;
        }
        return false;
    }

    void clear() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        username = null;
        password = null;
        enrolment = null;
        attempts = 0;
    }
}
