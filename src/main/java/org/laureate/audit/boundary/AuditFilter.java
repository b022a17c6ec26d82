package org.laureate.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the secretariat looks for in the audit trail; every part is optional (blank or {@code null} matches all).
 *
 * @param subject   what changed, e.g. {@code Nomination}
 * @param subjectId its identifier
 * @param actor     the username of who changed it, or {@code system}
 * @param action    what happened, e.g. {@code submit}
 * @param from      the earliest instant, inclusive
 * @param until     the latest instant, exclusive
 */
public record AuditFilter(String subject, String subjectId, String actor, String action, Instant from,
        Instant until) implements Serializable {

    public AuditFilter {
        subject = blankToNull(subject);
        subjectId = blankToNull(subjectId);
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    /** Matches every entry. */
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
