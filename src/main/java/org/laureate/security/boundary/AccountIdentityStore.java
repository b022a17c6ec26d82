package org.laureate.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.laureate.platform.ClientAddress;
import org.laureate.security.entity.Role;

/**
 * R3.10 The only identity store: the container signs a person in only through here. A name and password alone sign in
 * an account whose roles need no second factor; an account of the roles that need one is signed in only with a
 * {@link SecondFactorCredential} whose code is accepted. So every session in which such a person is signed in has
 * passed both steps. R3.14 Every attempt counts against its name and the request's client address. R3.15 The
 * principal is the account's stored username, never the look-alike that was typed.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignInService signIn;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof SecondFactorCredential second) {
            var username = second.getCaller();
            return signIn.checkSecondFactor(username, second.getPasswordAsString(), second.getCode(),
                    second.getEnrolmentSecret(), clientAddress.of(request))
                    ? signedIn(username) : CredentialValidationResult.INVALID_RESULT;
        }
        if (credential instanceof UsernamePasswordCredential password) {
            var username = password.getCaller();
            return signIn.checkPassword(username, password.getPasswordAsString(), clientAddress.of(request))
                    == SignInStep.DONE ? signedIn(username) : CredentialValidationResult.INVALID_RESULT;
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    private CredentialValidationResult signedIn(String typedName) {
        return signIn.storedUsername(typedName)
                .map(username -> new CredentialValidationResult(username,
                        signIn.roles(username).stream().map(Role::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
