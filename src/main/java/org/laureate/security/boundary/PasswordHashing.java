package org.laureate.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.laureate.security.control.PasswordPolicy;

/** Hashes and verifies passwords with PBKDF2 (the identity store checks them through {@link SignInService}). */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    /** The shortest password accepted (R3.9). */
    public static final int MIN_LENGTH = PasswordPolicy.MIN_LENGTH;

    @Inject
    Pbkdf2PasswordHash hash;

    private String decoy;

    @PostConstruct
    void initialize() {
        hash.initialize(PARAMETERS);
        decoy = hash.generate("a password that opens nothing".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String hashed) {
        return hash.verify(password.toCharArray(), hashed);
    }

    /** R3.4 Spends as long as a verification, for a name that has no account, so that timing does not tell. */
    void verifyNothing(String password) {
        hash.verify((password == null ? "" : password).toCharArray(), decoy);
    }
}
