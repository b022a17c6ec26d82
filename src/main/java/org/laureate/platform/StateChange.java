package org.laureate.platform;

import java.util.Objects;

/**
 * A change of state of something the audit trail follows (a cycle, an organisation, a petition …), fired as a CDI event
 * inside the transaction that made it: the audit records it with the caller and the time, or not at all. An
 * unattributed change (a ballot cast) is recorded without the caller, so that the audit never names who cast it.
 *
 * @param subject   what changed, e.g. {@code "Nomination"}
 * @param subjectId its identifier
 * @param action    what happened, e.g. {@code "submit"}
 * @param before    its state before, in a few words (may be {@code null})
 * @param after     its state after (may be {@code null})
 * @param attributed whether the audit names the caller
 */
public record StateChange(String subject, String subjectId, String action, String before, String after,
        boolean attributed) {

    public StateChange(String subject, String subjectId, String action, String before, String after) {
        this(subject, subjectId, action, before, after, true);
    }

    /** A change the audit records without naming who made it. */
    public static StateChange unattributed(String subject, String subjectId, String action) {
        return new StateChange(subject, subjectId, action, null, null, false);
    }

    public StateChange {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(subjectId);
        Objects.requireNonNull(action);
    }
}
