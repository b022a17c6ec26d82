package org.laureate.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.laureate.platform.Notice;
import org.laureate.platform.StateChange;

/**
 * Records the state changes and notices the application fires, as the audit trail and the outbox would receive them.
 */
@ApplicationScoped
public class RecordedEvents {

    private final List<StateChange> changes = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();

    synchronized void record(@Observes StateChange change) {
        changes.add(change);
    }

    synchronized void record(@Observes Notice notice) {
        notices.add(notice);
    }

    /** The changes fired for one subject, in order. */
    synchronized List<StateChange> of(String subject, Object id) {
        return changes.stream()
                .filter(change -> change.subject().equals(subject) && change.subjectId().equals(String.valueOf(id)))
                .toList();
    }

    /** The notices sent to one address, in order. */
    synchronized List<Notice> to(String recipient) {
        return notices.stream().filter(notice -> notice.recipient().equals(recipient)).toList();
    }
}
