package org.laureate.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.laureate.cycle.entity.CyclePhase;

/** The demo's open call: open whenever the demo data are loaded, on the real calendar while it has a month to run. */
class DemoDataTest {

    private static final Instant REAL_CLOSE = Instant.parse("2027-01-31T21:00:00Z");

    @Test
    void theDemosCallKeepsItsRealCalendarWhileItHasAMonthToRun() {
        var cycle = DemoData.cycle2027(Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(cycle.getName()).isEqualTo("2027–2028");
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_OPEN);
        assertThat(cycle.getCallOpensAt()).isEqualTo(Instant.parse("2026-09-30T21:00:00Z"));
        assertThat(cycle.getCallClosesAt()).isEqualTo(REAL_CLOSE);
    }

    @Test
    void theDemosCallIsOpenForAMonthWheneverTheDemoIsLoaded() {
        for (var loaded : new String[] {"2026-12-02T00:00:00Z", "2027-01-15T09:00:00Z", "2027-01-31T20:59:59Z",
            "2027-06-01T12:00:00Z", "2031-03-08T08:00:00Z"}) {
            var at = Instant.parse(loaded);
            var cycle = DemoData.cycle2027(at);
            assertThat(cycle.isCallOpenAt(at)).as("loaded at %s", loaded).isTrue();
            assertThat(cycle.getCallClosesAt()).as("loaded at %s", loaded)
                    .isAfterOrEqualTo(at.plus(DemoData.CALL_OPEN_AT_LEAST))
                    .isAfterOrEqualTo(REAL_CLOSE);
            assertThat(cycle.isCallOpenAt(at.plus(Duration.ofDays(29)))).isTrue();
        }
    }
}
