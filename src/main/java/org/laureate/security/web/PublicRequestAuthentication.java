package org.laureate.security.web;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * Answers a request to a public address that carries no session and needs no sign-in itself, as an anonymous caller,
 * without handing it to Jakarta Security's bridge to {@code SignInMechanism}: that bridge looks the bean manager up in
 * JNDI twice a request, a fifth of the processor a cached published page costs. For such a request the mechanism does
 * nothing either: no credential is ever given on these addresses (only the login page gives one), and without a
 * session there is no one to restore. Every other request, and every request to any other address, goes to Jakarta
 * Security as before.
 *
 * <p>Installed over the bridge's own registration for this application, which it wraps: when the bridge is not
 * registered, nothing is installed.
 */
@WebListener
public class PublicRequestAuthentication implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PublicRequestAuthentication.class.getName());

    /** The servlet layer of Jakarta Authentication. */
    static final String LAYER = "HttpServlet";

    /** The addresses read by anyone, in bulk: published pages, open data, the ballot box, Faces' resources. */
    static final List<String> PUBLIC = List.of("/publication/", "/api/laureates", "/api/scoring/ballots",
            "/jakarta.faces.resource/");

    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";
    private static final String ANSWERED = PublicRequestAuthentication.class.getName() + ".answered";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var context = event.getServletContext();
        var appContext = context.getVirtualServerName() + " " + context.getContextPath();
        var factory = AuthConfigFactory.getFactory();
        var bridge = factory.getConfigProvider(LAYER, appContext, null);
        if (bridge == null) {
            LOG.warning("No authentication module registered for " + appContext + "; public requests not shortened");
            return;
        }
        factory.registerConfigProvider(new Provider(bridge), LAYER, appContext,
                "Public requests without a session answered anonymously; every other one by Jakarta Security");
    }

    /** Whether the request is one this class answers itself. */
    static boolean isAnonymousPublic(MessageInfo message) {
        var request = (HttpServletRequest) message.getRequestMessage();
        if (Boolean.parseBoolean(String.valueOf(message.getMap().get(MANDATORY)))
                || request.getSession(false) != null) {
            return false;
        }
        // the address as the container mapped it, decoded and normalised ("/publication/../x" is "/x")
        var path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        return PUBLIC.stream().anyMatch(path::startsWith);
    }

    private record Provider(AuthConfigProvider bridge) implements AuthConfigProvider {

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return bridge.getClientAuthConfig(layer, appContext, handler);
        }

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return new Config(bridge.getServerAuthConfig(layer, appContext, handler), handler);
        }

        @Override
        public void refresh() {
            bridge.refresh();
        }
    }

    private record Config(ServerAuthConfig bridge, CallbackHandler handler) implements ServerAuthConfig {

        @Override
        public ServerAuthContext getAuthContext(String authContextId, Subject serviceSubject,
                @SuppressWarnings("rawtypes") Map properties) throws AuthException {
            return new Context(bridge.getAuthContext(authContextId, serviceSubject, properties), handler);
        }

        @Override
        public String getMessageLayer() {
            return bridge.getMessageLayer();
        }

        @Override
        public String getAppContext() {
            return bridge.getAppContext();
        }

        @Override
        public String getAuthContextID(MessageInfo message) {
            return bridge.getAuthContextID(message);
        }

        @Override
        public void refresh() {
            bridge.refresh();
        }

        @Override
        public boolean isProtected() {
            return bridge.isProtected();
        }
    }

    private record Context(ServerAuthContext bridge, CallbackHandler handler) implements ServerAuthContext {

        @Override
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
            if (!isAnonymousPublic(message)) {
                return bridge.validateRequest(message, client, service);
            }
            // the anonymous caller, as the mechanism's "do nothing" tells the container
            try {
                handler.handle(new Callback[] {new CallerPrincipalCallback(client, (Principal) null)});
            } catch (IOException | UnsupportedCallbackException e) {
                throw (AuthException) new AuthException(e.getMessage()).initCause(e);
            }
            ((HttpServletRequest) message.getRequestMessage()).setAttribute(ANSWERED, Boolean.TRUE);
            return AuthStatus.SUCCESS;
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
            if (((HttpServletRequest) message.getRequestMessage()).getAttribute(ANSWERED) != null) {
                return AuthStatus.SEND_SUCCESS;
            }
            return bridge.secureResponse(message, service);
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
            bridge.cleanSubject(message, subject);
        }
    }
}
