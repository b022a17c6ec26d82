package org.laureate.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.laureate.security.entity.Role;

/**
 * R3.10 The only identity store: the container signs a person in only through here. A name and password alone sign in
 * an account whose roles need no second factor; an account of the roles that need one is signed in only with a
 * {@link SecondFactorCredential} whose code is accepted. So every session in which such a person is signed in has
 * passed both steps.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof SecondFactorCredential second) {
            var username = second.getCaller();
            return signIn.checkSecondFactor(username, second.getPasswordAsString(), second.getCode(),
                    second.getEnrolmentSecret()) ? signedIn(username) : CredentialValidationResult.INVALID_RESULT;
        }
        if (credential instanceof UsernamePasswordCredential password) {
            var username = password.getCaller();
            return signIn.checkPassword(username, password.getPasswordAsString()) == SignInStep.DONE
                    ? signedIn(username) : CredentialValidationResult.INVALID_RESULT;
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult signedIn(String username) {
        return new CredentialValidationResult(username,
                signIn.roles(username).stream().map(Role::name).collect(Collectors.toSet()));
    }
}
