package org.laureate.it;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.laureate.security.boundary.SecondFactorCredential;

/**
 * Lets an in-container test act as a given user: it keeps the request that runs the test, so that the test can sign in
 * through Jakarta Security as the pages do, and every boundary it then calls sees that caller.
 */
@WebFilter(urlPatterns = "/ArquillianServletRunnerEE9")
public class Caller extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<HttpServletRequest> REQUEST = new ThreadLocal<>();
    private static final ThreadLocal<HttpServletResponse> RESPONSE = new ThreadLocal<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        REQUEST.set(request);
        RESPONSE.set(response);
        try {
            chain.doFilter(request, response);
        } finally {
            REQUEST.remove();
            RESPONSE.remove();
        }
    }

    /**
     * Signs in as {@code username} for the rest of the test, leaving any earlier caller; with a code of the second
     * factor when the account's role needs one ({@link SecondFactorFixture}).
     */
    static void signIn(String username, String password) {
        anonymous();
        var code = CDI.current().select(SecondFactorFixture.class).get().freshCode(username);
        var credential = code == null ? new UsernamePasswordCredential(username, password)
                : new SecondFactorCredential(username, password, code, null);
        var status = CDI.current().select(SecurityContext.class).get().authenticate(REQUEST.get(), RESPONSE.get(),
                withParams().credential(credential).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Cannot sign in as " + username + ": " + status);
        }
    }

    /** The address of the application as the test's own request reached it, without a trailing slash. */
    static String base() {
        var request = REQUEST.get();
        return request.getScheme() + "://localhost:" + request.getLocalPort() + request.getContextPath();
    }

    /** Tries to sign in with a credential as the sign-in page gives it, leaving any earlier caller. */
    static AuthenticationStatus authenticate(Credential credential) {
        anonymous();
        return CDI.current().select(SecurityContext.class).get().authenticate(REQUEST.get(), RESPONSE.get(),
                withParams().credential(credential).newAuthentication(true));
    }

    /** Goes on as the anonymous public. */
    static void anonymous() {
        try {
            REQUEST.get().logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }
}
