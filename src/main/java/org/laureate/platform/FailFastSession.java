package org.laureate.platform;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * R20.3 A query that meets a database that cannot be reached fails at once: EclipseLink would otherwise wait five
 * seconds and try a read again on a new connection, and every request that reads would wait so before it answers 503.
 * The pool validates a connection before it lends it, so a connection that died while idle is never handed out anyway.
 * Named by {@code eclipselink.session.customizer} in persistence.xml.
 */
public class FailFastSession implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
    }
}
