package org.laureate.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes passwords with the same PBKDF2 parameters as the identity store that verifies them. */
@ApplicationScoped
public class PasswordHashing {

    /** Must match {@link SecurityConfiguration}'s {@code hashAlgorithmParameters}. */
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 10;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void initialize() {
        hash.initialize(PARAMETERS);
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String hashed) {
        return hash.verify(password.toCharArray(), hashed);
    }
}
