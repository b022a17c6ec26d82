package org.laureate.scoring.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.laureate.scoring.boundary.CastCounts;

/**
 * R9.16, R12.16 When the server stops, the counts of casting so far, today's too, are written to the audit trail
 * ({@link CastCounts}). Told by the web application's end, not by an enterprise bean's {@code @PreDestroy}: Payara
 * Micro stopping on a signal ends the web application but calls no enterprise bean's {@code @PreDestroy}.
 */
@WebListener
public class CastAuditAtStop implements ServletContextListener {

    @Inject
    CastCounts counts;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        counts.auditAll();
    }
}
