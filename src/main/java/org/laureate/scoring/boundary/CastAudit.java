package org.laureate.scoring.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * R9.16, R12.16 Each hour, the counts of casting of the days that are over are written to the audit trail
 * ({@link CastCounts}); when the server stops, {@link org.laureate.scoring.web.CastAuditAtStop} writes the rest.
 */
@Singleton
@PermitAll
public class CastAudit {

    @Inject
    CastCounts counts;

    /** Writes the counts of the days that are over. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    public void audit() {
        counts.audit();
    }
}
