package org.laureate.platform;

import java.util.Objects;

/**
 * A change of state of something the audit trail follows (a cycle, an organisation, a petition …), fired as a CDI event
 * inside the transaction that made it: the audit records it with the caller and the time, or not at all.
 *
 * @param subject   what changed, e.g. {@code "Nomination"}
 * @param subjectId its identifier
 * @param action    what happened, e.g. {@code "submit"}
 * @param before    its state before, in a few words (may be {@code null})
 * @param after     its state after (may be {@code null})
 */
public record StateChange(String subject, String subjectId, String action, String before, String after) {

    public StateChange {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(subjectId);
        Objects.requireNonNull(action);
    }
}
