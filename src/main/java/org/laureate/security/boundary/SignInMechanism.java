package org.laureate.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Set;

/**
 * Sign-in through the Faces login page (as Jakarta Security's custom form does: the page hands the credential over,
 * {@link AccountIdentityStore} checks it), and who is signed in kept in the session as a serializable
 * {@link SessionIdentity}, given back to the container on every request of the session. R20.1 So a server of the
 * cluster that takes a session over knows the person and their roles: the container's own record of a sign-in does
 * not carry the roles when the session moves to another server.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

    static final String IDENTITY = SignInMechanism.class.getName() + ".identity";

    private static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    /** The signed-in person as the session keeps them: their name and groups (the roles of the same names). */
    public record SessionIdentity(String name, Set<String> groups) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        var credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            var result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                if (request.getSession(false) != null) {
                    // R3.16 the session id from before the sign-in opens nothing afterwards
                    request.changeSessionId();
                }
                request.getSession().setAttribute(IDENTITY, new SessionIdentity(result.getCallerPrincipal().getName(),
                        Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(IDENTITY) instanceof SessionIdentity identity) {
            return context.notifyContainerAboutLogin(identity.name(), identity.groups());
        }
        if (context.isProtected()) {
            // a page that needs a sign-in sends the visitor to the login page, which leads to their dashboard; no
            // request is saved to be replayed later (a replayed GET would stand in for a later upload's POST)
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(IDENTITY);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
