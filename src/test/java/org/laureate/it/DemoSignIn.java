package org.laureate.it;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import org.laureate.demo.DemoData;

/**
 * Signs a demo account in for the rest of the test's request, through the application's own authentication
 * mechanism and identity store, so that the boundaries see it as their caller. Once per test: a second sign-in in the
 * same request does not change the caller that the enterprise beans see.
 */
@RequestScoped
public class DemoSignIn {

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    public void signIn(String username) {
        var status = securityContext.authenticate(request, noResponse(),
                withParams().credential(new UsernamePasswordCredential(username, DemoData.PASSWORD))
                        .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException(username + " was not signed in: " + status);
        }
    }

    /** The mechanism writes nothing on success; the container answers the test's request itself. */
    private static HttpServletResponse noResponse() {
        return (HttpServletResponse) Proxy.newProxyInstance(DemoSignIn.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, arguments) -> {
                    var type = method.getReturnType();
                    if (type == boolean.class) {
                        return false;
                    }
                    if (type == int.class) {
                        return 0;
                    }
                    return null;
                });
    }
}
