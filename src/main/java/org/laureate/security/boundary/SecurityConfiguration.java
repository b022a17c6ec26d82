package org.laureate.security.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.laureate.platform.DatabaseMigrations;
import org.laureate.security.entity.Role;

/**
 * Sign-in through the Faces login page against the accounts in the database; passwords are PBKDF2 hashes
 * ({@link PasswordHashing#PARAMETERS}).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DatabaseMigrations.DATA_SOURCE,
        callerQuery = "SELECT password_hash FROM account WHERE username = ? AND enabled = TRUE",
        groupsQuery = "SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id"
                + " WHERE a.username = ? AND a.enabled = TRUE",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations=210000",
            "Pbkdf2PasswordHash.SaltSizeBytes=32",
            "Pbkdf2PasswordHash.KeySizeBytes=32"
        })
@DeclareRoles({Role.Names.ADMIN, Role.Names.ORGANISATION, Role.Names.MINISTRY, Role.Names.EXPERT,
    Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
@ApplicationScoped
public class SecurityConfiguration {
}
