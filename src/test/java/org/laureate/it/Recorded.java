package org.laureate.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.laureate.platform.Notice;
import org.laureate.platform.StateChange;

/** The state changes and notices the application fired, as the audit trail and the outbox would receive them. */
@ApplicationScoped
public class Recorded {

    private final List<StateChange> changes = new CopyOnWriteArrayList<>();
    private final List<Notice> notices = new CopyOnWriteArrayList<>();

    void change(@Observes StateChange change) {
        changes.add(change);
    }

    void notice(@Observes Notice notice) {
        notices.add(notice);
    }

    public List<StateChange> changesOf(String subjectId) {
        return changes.stream().filter(change -> change.subjectId().equals(subjectId)).toList();
    }

    public List<Notice> noticesTo(String recipient) {
        return notices.stream().filter(notice -> notice.recipient().equals(recipient)).toList();
    }
}
