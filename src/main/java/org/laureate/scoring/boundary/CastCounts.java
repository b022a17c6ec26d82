package org.laureate.scoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.laureate.platform.StateChange;

/**
 * R9.16, R12.16 The audit of casting, in counts: how many ballots were cast or re-cast in each round or final vote on
 * each day (UTC), written to the audit trail once the day is over ({@link CastAudit}) and when the server stops
 * ({@link org.laureate.scoring.web.CastAuditAtStop}), never one timed entry per ballot. A ballot box counts its cast
 * here once the ballot has committed, outside the cast's transaction. A plain bean, not an enterprise bean nor an
 * event's observer: counting so cost a tenth of a cast's processor time (an enterprise bean's call with its
 * transaction, the event's resolution).
 */
@ApplicationScoped
public class CastCounts {

    private final Map<Day, AtomicLong> counts = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    Event<StateChange> changes;

    /** Counts a cast that has committed. */
    public void count(BallotCast cast) {
        counts.computeIfAbsent(new Day(cast.subject(), cast.id(), today()), day -> new AtomicLong()).incrementAndGet();
    }

    /** Writes the counts of the days that are over. */
    public void audit() {
        write(false);
    }

    /** Writes every count, today's too: the server stops. */
    public void auditAll() {
        write(true);
    }

    private void write(boolean all) {
        var today = today();
        for (var day : new ArrayList<>(counts.keySet())) {
            if (all || day.date().isBefore(today)) {
                var count = counts.remove(day);
                if (count != null && count.get() > 0) {
                    changes.fire(new StateChange(day.subject(), String.valueOf(day.id()), "cast", null,
                            day.date() + ": " + count.get(), false));
                }
            }
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private record Day(String subject, long id, LocalDate date) {
    }
}
