package org.laureate.cycle.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.laureate.platform.BusinessException;

class AwardCycleTest {

    private static final ZoneOffset MSK = ZoneOffset.ofHours(3);

    private static Clock at(int year, int month, int day, int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MSK).toInstant(), ZoneOffset.UTC);
    }

    @Test
    void r1_1_theCallOfTheCycleFollowsThePublishedRule() {
        var cycle = AwardCycle.forYears(2025);

        assertThat(cycle.getName()).isEqualTo("2025–2026");
        assertThat(cycle.getCallOpensAt()).isEqualTo(Instant.parse("2024-09-30T21:00:00Z"));
        assertThat(cycle.getCallClosesAt()).isEqualTo(Instant.parse("2025-01-31T21:00:00Z"));
        assertThat(cycle.getPublicityCutoff()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(cycle.getPrizeCount()).isEqualTo(3);
        assertThat(cycle.getMaxCollectiveSize()).isEqualTo(10);
        assertThat(cycle.getQuorumNumerator()).isEqualTo(2);
        assertThat(cycle.getQuorumDenominator()).isEqualTo(3);
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.DRAFT);
    }

    @Test
    void r1_2_theCallIsOpenFromItsFirstInstantToTheEndOf31January() {
        var cycle = AwardCycle.forYears(2025);

        assertThat(cycle.isCallOpenAt(Instant.now(at(2024, 9, 30, 23, 59)))).isFalse();
        assertThat(cycle.isCallOpenAt(Instant.now(at(2024, 10, 1, 0, 0)))).isTrue();
        assertThat(cycle.isCallOpenAt(Instant.now(at(2025, 1, 31, 23, 59)))).isTrue();
        assertThat(cycle.isCallOpenAt(Instant.now(at(2025, 2, 1, 0, 0)))).isFalse();
    }

    @Test
    void r1_3_thePhaseMovesOnlyForwardOneStepAtATime() {
        var cycle = AwardCycle.forYears(2025);

        cycle.advanceTo(CyclePhase.CALL_OPEN);
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_OPEN);

        assertThatThrownBy(() -> cycle.advanceTo(CyclePhase.EXPERT_REVIEW))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo("cycle.error.phaseOrder");
        assertThatThrownBy(() -> cycle.advanceTo(CyclePhase.DRAFT)).isInstanceOf(BusinessException.class);
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_OPEN);
    }

    @Test
    void theCalendarListsTheCallAndTheMilestonesInDateOrder() {
        var cycle = AwardCycle.forYears(2025);
        cycle.schedule(Milestone.SUPREME_STATE_COUNCIL, LocalDate.of(2026, 2, 26));
        cycle.schedule(Milestone.EXPERT_FINAL_MEETING, LocalDate.of(2025, 10, 17));

        assertThat(cycle.calendar()).containsExactly(
                new CalendarEntry("cycle.calendar.publicityCutoff", LocalDate.of(2024, 3, 1)),
                new CalendarEntry("cycle.calendar.callOpens", LocalDate.of(2024, 10, 1)),
                new CalendarEntry("cycle.calendar.callCloses", LocalDate.of(2025, 1, 31)),
                new CalendarEntry("Milestone.EXPERT_FINAL_MEETING", LocalDate.of(2025, 10, 17)),
                new CalendarEntry("Milestone.SUPREME_STATE_COUNCIL", LocalDate.of(2026, 2, 26)));
    }
}
