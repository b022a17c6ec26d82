package org.laureate.scoring.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laureate.platform.StateChange;

/** The audit of casting in counts of a round and a day, written once the day is over. */
class CastCountsTest {

    private final List<StateChange> audited = new ArrayList<>();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-06-18T09:00:00Z"));

    @SuppressWarnings("unchecked")
    private CastCounts counts() {
        var counts = new CastCounts();
        counts.clock = clock;
        counts.changes = (Event<StateChange>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("fire")) {
                        audited.add((StateChange) arguments[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return counts;
    }

    @Test
    void r9_16_castsAreAuditedAsCountsPerRoundAndDayOnceTheDayIsOver() {
        var counts = counts();
        for (int i = 0; i < 3; i++) {
            counts.count(BallotCast.ofRound(7));
        }
        counts.count(BallotCast.ofRound(8));
        clock.now = Instant.parse("2026-06-18T23:59:59Z");
        counts.count(BallotCast.ofRound(7));

        counts.audit();
        assertThat(audited).as("the day is not over").isEmpty();

        clock.now = Instant.parse("2026-06-19T00:07:00Z");
        counts.count(BallotCast.ofRound(7));
        counts.audit();

        assertThat(audited).containsExactlyInAnyOrder(
                new StateChange("Ballot", "7", "cast", null, "2026-06-18: 4", false),
                new StateChange("Ballot", "8", "cast", null, "2026-06-18: 1", false));
        assertThat(audited).noneMatch(StateChange::attributed);

        audited.clear();
        counts.auditAll();
        assertThat(audited).as("the server stops: the day so far").containsExactly(
                new StateChange("Ballot", "7", "cast", null, "2026-06-19: 1", false));
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
