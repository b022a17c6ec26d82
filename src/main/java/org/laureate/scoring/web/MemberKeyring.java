package org.laureate.scoring.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Optional;
import org.laureate.scoring.boundary.KeyringService;
import org.laureate.scoring.control.MemberSecret;
import org.laureate.security.boundary.SignedIn;
import org.laureate.security.entity.Role;

/**
 * R9.4 Holds a member's secret for the length of their session only: opened at sign-in with their password, never
 * written anywhere, gone when the session ends.
 */
@SessionScoped
public class MemberKeyring implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KeyringService keyring;

    @Inject
    SecurityContext securityContext;

    private transient MemberSecret secret;

    void open(@Observes SignedIn signedIn) {
        secret = null;
        if (securityContext.isCallerInRole(Role.Names.EXPERT) || securityContext.isCallerInRole(
                Role.Names.EXPERT_CHAIR)) {
            var password = signedIn.password();
            try {
                secret = keyring.open(password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** The secret, when this session opened it at sign-in. */
    public Optional<MemberSecret> secret() {
        return Optional.ofNullable(secret);
    }
}
