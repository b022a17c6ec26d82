package org.laureate.scoring.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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
 * each day (UTC), written to the audit trail once the day is over (and when the server stops), never one timed entry
 * per ballot. The counts are kept in memory, after each cast has committed, outside the cast's transaction.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CastCounts {

    private final Map<Day, AtomicLong> counts = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    Event<StateChange> changes;

    /** Counts a cast once it has committed. */
    public void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) BallotCast cast) {
        counts.computeIfAbsent(new Day(cast.subject(), cast.id(), today()), day -> new AtomicLong()).incrementAndGet();
    }

    /** Writes the counts of the days that are over. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    public void audit() {
        write(false);
    }

    @PreDestroy
    void stop() {
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
