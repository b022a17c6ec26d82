package org.laureate.platform.web;

import jakarta.resource.ResourceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * While the database cannot be reached, a page answers at once 503 "try again shortly" (with {@code Retry-After}),
 * not a 500 after a long wait; the data source fails fast (a short connect timeout and a short wait for a pooled
 * connection), and the pool reconnects by itself once the database is back. Declared in web.xml, as the first of the
 * filters: the order of filters declared by annotations is not defined, and one of them reads the database.
 */
public class DatabaseOutageFilter extends HttpFilter {

    static final String RETRY_AFTER_SECONDS = "30";
    private static final String API = "/api/";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!isDatabaseOutage(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning("The database cannot be reached: " + request.getRequestURI() + " answered 503");
            response.reset();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            if (request.getRequestURI().startsWith(request.getContextPath() + API)) {
                // the open data answers a problem, as its endpoints do when they meet the outage themselves
                var bundle = ResourceBundle.getBundle(MessageKeys.BUNDLE,
                        ProblemMapper.locale(Collections.list(request.getLocales())));
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType(ProblemMapper.PROBLEM_JSON);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter()
                        .write(ProblemMapper.body(HttpServletResponse.SC_SERVICE_UNAVAILABLE, bundle, null));
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    /**
     * Whether the failure comes from a database that cannot be reached: a connection exception of JDBC (its SQL state
     * of class 08), a connection the pool could not give, or a lost link, wherever it is wrapped.
     */
    static boolean isDatabaseOutage(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (cause instanceof ResourceException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
