package org.laureate.security.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.laureate.security.entity.Role;

/**
 * Sign-in through the Faces login page ({@link SignInMechanism}) against the accounts in the database, checked by
 * {@link AccountIdentityStore}: the password (a PBKDF2 hash, {@link PasswordHashing}) and, for the roles that need it,
 * a code of the second factor.
 */
@DeclareRoles({Role.Names.ADMIN, Role.Names.ORGANISATION, Role.Names.MINISTRY, Role.Names.EXPERT,
    Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
@ApplicationScoped
public class SecurityConfiguration {
}
