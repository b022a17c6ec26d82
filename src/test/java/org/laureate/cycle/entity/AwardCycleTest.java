package org.laureate.cycle.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.laureate.platform.BusinessException;

class AwardCycleTest {

    private static final ZoneOffset MSK = ZoneOffset.ofHours(3);

    private static Clock at(int year, int month, int day, int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, MSK).toInstant(), ZoneOffset.UTC);
    }

    private static Instant instant(int year, int month, int day, int hour, int minute) {
        return Instant.now(at(year, month, day, hour, minute));
    }

    /** The 2025–2026 cycle with the three milestones a call needs. */
    private static AwardCycle scheduled() {
        var cycle = AwardCycle.forYears(2025);
        cycle.schedule(Milestone.EXPERT_FIRST_MEETING, LocalDate.of(2025, 6, 19));
        cycle.schedule(Milestone.EXPERT_FINAL_MEETING, LocalDate.of(2025, 10, 17));
        cycle.schedule(Milestone.SUPREME_STATE_COUNCIL, LocalDate.of(2026, 2, 26));
        return cycle;
    }

    private static AwardCycle open() {
        var cycle = scheduled();
        cycle.advanceTo(CyclePhase.CALL_OPEN, instant(2024, 9, 20, 12, 0));
        return cycle;
    }

    private static CycleTerms terms(String name, Instant opens, Instant closes, LocalDate cutoff, int numerator,
            Set<ArtField> fields, Map<Milestone, LocalDate> milestones) {
        return new CycleTerms(name, 3, opens, closes, cutoff, fields, 10, numerator, 3, 3, VoteMode.FOR_AGAINST_ABSTAIN,
                MajorityRule.OF_COUNCIL, milestones);
    }

    private static CycleTerms terms2027() {
        return terms("2027–2028", instant(2026, 10, 1, 0, 0), instant(2027, 2, 1, 0, 0), LocalDate.of(2026, 3, 1), 2,
                EnumSet.of(ArtField.MUSIC, ArtField.THEATRE),
                Map.of(Milestone.EXPERT_FIRST_MEETING, LocalDate.of(2027, 6, 17),
                        Milestone.EXPERT_FINAL_MEETING, LocalDate.of(2027, 10, 15),
                        Milestone.SUPREME_STATE_COUNCIL, LocalDate.of(2028, 2, 24)));
    }

    private static void assertRefused(ThrowingCallable move, String key) {
        assertThatThrownBy(move)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo(key);
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
        var cycle = open();
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_OPEN);

        var afterTheCall = instant(2025, 3, 1, 12, 0);
        assertRefused(() -> cycle.advanceTo(CyclePhase.EXPERT_REVIEW, afterTheCall), "cycle.error.phaseOrder");
        assertRefused(() -> cycle.advanceTo(CyclePhase.DRAFT, afterTheCall), "cycle.error.phaseOrder");
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_OPEN);
    }

    @Test
    void r1_6_aDraftTakesTheTermsEnteredInUtc() {
        var cycle = AwardCycle.draft(terms2027());

        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.DRAFT);
        assertThat(cycle.getName()).isEqualTo("2027–2028");
        assertThat(cycle.getCallOpensAt()).isEqualTo(Instant.parse("2026-09-30T21:00:00Z"));
        assertThat(cycle.getCallOpening().toLocalDateTime()).hasToString("2026-10-01T00:00");
        assertThat(cycle.getArtFields()).containsExactlyInAnyOrder(ArtField.MUSIC, ArtField.THEATRE);
        assertThat(cycle.getMilestones()).hasSize(3);
    }

    @Test
    void r1_5_aCycleAdmitsWorksOfItsArtFieldsOnlyAndOfAllSevenByDefault() {
        var limited = AwardCycle.draft(terms2027());
        assertThat(limited.admits(ArtField.MUSIC)).isTrue();
        assertThat(limited.admits(ArtField.THEATRE)).isTrue();
        assertThat(limited.admits(ArtField.LITERATURE)).isFalse();

        var byDefault = AwardCycle.forYears(2025);
        assertThat(ArtField.values()).hasSize(7).allMatch(byDefault::admits);
    }

    @Test
    void r1_11_aDraftTakesTheVotingSettingsEntered() {
        var cycle = AwardCycle.draft(terms2027());

        assertThat(cycle.getVoteMode()).isEqualTo(VoteMode.FOR_AGAINST_ABSTAIN);
        assertThat(cycle.getMajorityRule()).isEqualTo(MajorityRule.OF_COUNCIL);
    }

    @Test
    void r1_6_inconsistentTermsAreRefused() {
        var opens = instant(2026, 10, 1, 0, 0);
        var closes = instant(2027, 2, 1, 0, 0);
        var cutoff = LocalDate.of(2026, 3, 1);
        var all = EnumSet.allOf(ArtField.class);

        assertRefused(() -> AwardCycle.draft(terms("2027–2029", opens, closes, cutoff, 2, all, Map.of())),
                "cycle.error.name");
        assertRefused(() -> AwardCycle.draft(terms("2027–2028", closes, opens, cutoff, 2, all, Map.of())),
                "cycle.error.callDates");
        assertRefused(() -> AwardCycle.draft(terms("2027–2028", opens, closes, LocalDate.of(2026, 10, 1), 2, all,
                Map.of())), "cycle.error.publicityCutoff");
        assertRefused(() -> AwardCycle.draft(terms("2027–2028", opens, closes, cutoff, 4, all, Map.of())),
                "cycle.error.quorum");
        assertRefused(() -> AwardCycle.draft(terms("2027–2028", opens, closes, cutoff, 2, Set.of(), Map.of())),
                "cycle.error.noArtField");
    }

    @Test
    void r1_7_theCallOpensOnlyWithACompleteCalendar() {
        var cycle = AwardCycle.forYears(2025);
        var before = instant(2024, 9, 20, 12, 0);
        cycle.schedule(Milestone.EXPERT_FIRST_MEETING, LocalDate.of(2025, 6, 19));
        cycle.schedule(Milestone.EXPERT_FINAL_MEETING, LocalDate.of(2025, 10, 17));

        assertThat(cycle.hasCompleteCalendar()).isFalse();
        assertRefused(() -> cycle.advanceTo(CyclePhase.CALL_OPEN, before), "cycle.error.calendarIncomplete");

        cycle.schedule(Milestone.SUPREME_STATE_COUNCIL, LocalDate.of(2025, 1, 15));
        assertThat(cycle.hasCompleteCalendar()).as("a milestone during the call").isFalse();

        cycle.schedule(Milestone.SUPREME_STATE_COUNCIL, LocalDate.of(2025, 10, 1));
        assertThat(cycle.hasCompleteCalendar()).as("the milestones out of order").isFalse();

        cycle.schedule(Milestone.SUPREME_STATE_COUNCIL, LocalDate.of(2026, 2, 26));
        cycle.advanceTo(CyclePhase.CALL_OPEN, before);
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_OPEN);
    }

    @Test
    void r1_8_theCallClosesOnlyAfterItsClosingInstant() {
        var cycle = open();

        assertRefused(() -> cycle.advanceTo(CyclePhase.CALL_CLOSED, instant(2025, 1, 31, 23, 59)),
                "cycle.error.callNotOver");
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_OPEN);

        cycle.advanceTo(CyclePhase.CALL_CLOSED, instant(2025, 2, 1, 0, 0));
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_CLOSED);
    }

    @Test
    void r1_8_theCallClosesEarlyOnlyWhenForcedWithAReason() {
        var cycle = open();

        assertRefused(() -> cycle.forceCloseCall(" "), "cycle.error.reasonRequired");
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_OPEN);

        cycle.forceCloseCall("Решение Постоянного Комитета № 12");
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_CLOSED);
        assertRefused(() -> cycle.forceCloseCall("again"), "cycle.error.phaseOrder");
    }

    @Test
    void r1_3_afterTheCallTheSecretariatDoesNotAdvanceByHand() {
        var cycle = open();
        cycle.advanceTo(CyclePhase.CALL_CLOSED, instant(2025, 2, 2, 0, 0));

        assertRefused(() -> cycle.advanceTo(CyclePhase.EXPERT_REVIEW, instant(2025, 3, 1, 0, 0)),
                "cycle.error.followsSteps");
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_CLOSED);
    }

    @Test
    void r1_9_aCycleMovesOutsideItsStepsOnlyAsACorrectionWithAReason() {
        var cycle = open();
        cycle.advanceTo(CyclePhase.CALL_CLOSED, instant(2025, 2, 2, 0, 0));

        assertRefused(() -> cycle.correctTo(CyclePhase.CALL_OPEN, null), "cycle.error.reasonRequired");
        assertRefused(() -> cycle.correctTo(CyclePhase.EXPERT_REVIEW, " "), "cycle.error.reasonRequired");
        assertRefused(() -> cycle.correctTo(CyclePhase.CALL_CLOSED, "same"), "cycle.error.samePhase");

        cycle.correctTo(CyclePhase.CALL_OPEN, "Закрыт по ошибке");
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_OPEN);
        cycle.correctTo(CyclePhase.FINAL_VOTE, "Отбор проведён на бумаге");
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.FINAL_VOTE);
    }

    @Test
    void r1_12_thePhaseFollowsTheStepsForwardOnly() {
        var cycle = open();
        assertThat(cycle.follow(CycleStep.ROUND_OPENED)).as("never out of an open call").isFalse();
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_OPEN);
        cycle.advanceTo(CyclePhase.CALL_CLOSED, instant(2025, 2, 2, 0, 0));

        assertThat(cycle.follow(CycleStep.ROUND_OPENED)).isTrue();
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.EXPERT_REVIEW);
        assertThat(cycle.follow(CycleStep.ROUND_OPENED)).as("a second round").isFalse();
        assertThat(cycle.follow(CycleStep.CANDIDATES_PUBLISHED)).isTrue();
        assertThat(cycle.follow(CycleStep.FINAL_VOTE_OPENED)).isTrue();
        assertThat(cycle.follow(CycleStep.NOMINEES_CHOSEN)).isTrue();
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.PROPOSAL);
        assertThat(cycle.follow(CycleStep.MINISTERS_RESOLVED)).isFalse();
        assertThat(cycle.follow(CycleStep.FINAL_VOTE_OPENED)).as("a run-off never moves it back").isFalse();
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.PROPOSAL);
        assertThat(cycle.follow(CycleStep.PRIZES_AWARDED)).isTrue();
        assertThat(cycle.follow(CycleStep.LAUREATES_PUBLISHED)).isTrue();
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.PUBLISHED);
    }

    @Test
    void r1_12_aStepLeftOutIsSkipped() {
        var cycle = open();
        cycle.advanceTo(CyclePhase.CALL_CLOSED, instant(2025, 2, 2, 0, 0));

        assertThat(cycle.follow(CycleStep.PRIZES_AWARDED)).isTrue();
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.AWARDED);
    }

    @Test
    void r1_10_onlyADraftIsRevised() {
        var cycle = AwardCycle.draft(terms2027());
        var revised = terms("2027–2028", instant(2026, 10, 1, 0, 0), instant(2027, 2, 1, 0, 0),
                LocalDate.of(2026, 3, 1), 3, EnumSet.of(ArtField.DESIGN), Map.of());

        cycle.revise(revised);
        assertThat(cycle.getQuorumNumerator()).isEqualTo(3);
        assertThat(cycle.getArtFields()).containsExactly(ArtField.DESIGN);
        assertThat(cycle.getMilestones()).isEmpty();

        var announced = open();
        assertRefused(() -> announced.revise(revised), "cycle.error.notDraft");
        assertRefused(() -> announced.schedule(Milestone.PRESENTATION, LocalDate.of(2026, 7, 10)),
                "cycle.error.notDraft");
        assertThat(announced.getName()).isEqualTo("2025–2026");
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
