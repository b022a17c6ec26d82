package org.laureate.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * The headers every answer carries: a Content-Security-Policy (scripts, styles, fonts and images of this server only;
 * no plug-ins, no framing, forms posted here only; PrimeFaces needs inline scripts and styles), no content sniffing,
 * no referrer beyond this site, and {@code Cache-Control: no-store} on every page of a signed-in person, so that
 * neither a shared computer's cache nor a proxy keeps it. A state-changing request whose Origin is another site is
 * refused (403) before it reaches a page or an endpoint.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
            + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && !sameOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (request.getUserPrincipal() != null && !request.getRequestURI().contains(RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** No Origin (a client that sends none, an older browser) or one naming this very host and port. */
    static boolean sameOrigin(HttpServletRequest request) {
        var origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            var uri = new URI(origin);
            var host = request.getHeader("Host");
            if (uri.getHost() == null || host == null) {
                return false;
            }
            var port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
            return host.equalsIgnoreCase(uri.getHost() + port);
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
