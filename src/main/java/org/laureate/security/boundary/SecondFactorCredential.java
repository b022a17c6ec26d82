package org.laureate.security.boundary;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * The credential of the second step of a sign-in (R3.10): the name and password of the first step with a code of the
 * second factor, and, when the factor is being enrolled, the secret that was offered.
 */
public class SecondFactorCredential extends UsernamePasswordCredential {

    private final String code;
    private final String enrolmentSecret;

    public SecondFactorCredential(String username, String password, String code, String enrolmentSecret) {
        super(username, password);
        this.code = code;
        this.enrolmentSecret = enrolmentSecret;
    }

    public String getCode() {
        return code;
    }

    /** The secret offered for enrolment, or {@code null} when the account has a second factor already. */
    public String getEnrolmentSecret() {
        return enrolmentSecret;
    }
}
