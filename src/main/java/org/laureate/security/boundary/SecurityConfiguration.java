package org.laureate.security.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.laureate.security.entity.Role;

/**
 * Sign-in through the Faces login page against the accounts in the database, checked by
 * {@link AccountIdentityStore}: the password (a PBKDF2 hash, {@link PasswordHashing}) and, for the roles that need it,
 * a code of the second factor.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.Names.ADMIN, Role.Names.ORGANISATION, Role.Names.MINISTRY, Role.Names.EXPERT,
    Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
@ApplicationScoped
public class SecurityConfiguration {
}
