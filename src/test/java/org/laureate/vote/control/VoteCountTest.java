package org.laureate.vote.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.vote.entity.Choice;

class VoteCountTest {

    /** Ballots of the approval kind: each lists the petitions it is FOR. */
    private static List<Map<Long, Choice>> approvals(long[]... ballots) {
        var all = new ArrayList<Map<Long, Choice>>();
        for (long[] ballot : ballots) {
            var choices = new LinkedHashMap<Long, Choice>();
            for (long id : ballot) {
                choices.put(id, Choice.FOR);
            }
            all.add(choices);
        }
        return all;
    }

    private static Map<Long, Integer> eligible(int present, long... finalists) {
        var eligible = new LinkedHashMap<Long, Integer>();
        for (long id : finalists) {
            eligible.put(id, present);
        }
        return eligible;
    }

    @Test
    void r12_7_aPetitionNeedsMoreThanHalfOfThePresent() {
        // 6 present: 4 FOR is a majority (8 > 6), 3 FOR is not (6 = 6)
        var count = new VoteCount(MajorityRule.OF_PRESENT, 9, 3);
        var outcome = count.count(eligible(6, 1, 2),
                approvals(new long[] {1, 2}, new long[] {1, 2}, new long[] {1, 2}, new long[] {1}, new long[] {},
                        new long[] {}));

        assertThat(outcome.chosen()).containsExactly(1L);
        assertThat(outcome.votes()).extracting(VoteCount.PetitionVotes::votesFor).containsExactly(4, 3);
        assertThat(outcome.needsRunOff()).isFalse();
    }

    @Test
    void r12_7_theMajorityOfTheWholeCouncilWhenTheCycleSaysSo() {
        // council of 9: 4 FOR is not a majority of the council (8 < 9), though it is of the 6 present
        var outcome = new VoteCount(MajorityRule.OF_COUNCIL, 9, 3).count(eligible(6, 1),
                approvals(new long[] {1}, new long[] {1}, new long[] {1}, new long[] {1}, new long[] {},
                        new long[] {}));

        assertThat(outcome.chosen()).isEmpty();
    }

    @Test
    void r12_7_aRecusedMemberIsNotCountedAmongThoseWhoMayVote() {
        // 5 present, one recused from petition 2: 3 FOR of 4 eligible is a majority (6 > 4)
        var eligible = new LinkedHashMap<Long, Integer>();
        eligible.put(2L, 4);
        var outcome = new VoteCount(MajorityRule.OF_PRESENT, 7, 1).count(eligible,
                approvals(new long[] {2}, new long[] {2}, new long[] {2}, new long[] {}, new long[] {}));

        assertThat(outcome.chosen()).containsExactly(2L);
    }

    @Test
    void r12_8_thePetitionsWithTheMostVotesWinTheSeats() {
        // 7 present, 3 seats; FOR: p1 7, p2 6, p3 5, p4 4, p5 4 (all majorities: > 3.5)
        var outcome = new VoteCount(MajorityRule.OF_PRESENT, 9, 3).count(eligible(7, 1, 2, 3, 4, 5),
                approvals(new long[] {1, 2, 3}, new long[] {1, 2, 3}, new long[] {1, 2, 3}, new long[] {1, 2, 4},
                        new long[] {1, 2, 5}, new long[] {1, 4, 5}, new long[] {1, 3, 4, 5}));

        assertThat(outcome.chosen()).containsExactly(1L, 2L, 3L);
        assertThat(outcome.needsRunOff()).isFalse();
    }

    @Test
    void r12_9_aTieAtTheBoundaryOpensARunOffAmongTheTiedOnly() {
        // 8 present, 3 seats; FOR: p1 8, p2 5, p3 5, p4 5, p5 1 (a majority is 5 or more):
        // p1 wins, p2–p4 tie for the 2 seats left
        var outcome = new VoteCount(MajorityRule.OF_PRESENT, 9, 3).count(eligible(8, 1, 2, 3, 4, 5),
                approvals(new long[] {1, 2, 3}, new long[] {1, 2, 3}, new long[] {1, 2, 4}, new long[] {1, 2, 4},
                        new long[] {1, 3, 4}, new long[] {1, 3, 4}, new long[] {1, 2, 3}, new long[] {1, 4, 5}));

        assertThat(outcome.chosen()).containsExactly(1L);
        assertThat(outcome.runOff()).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(outcome.runOffSeats()).isEqualTo(2);
    }

    @Test
    void r12_9_aTieInsideTheSeatsNeedsNoRunOff() {
        // 5 present, 3 seats; FOR: p1 4, p2 4, p3 3; p4 1: the three with a majority take the three seats
        var outcome = new VoteCount(MajorityRule.OF_PRESENT, 5, 3).count(eligible(5, 1, 2, 3, 4),
                approvals(new long[] {1, 2, 3}, new long[] {1, 2, 3}, new long[] {1, 2, 3}, new long[] {1, 2, 4},
                        new long[] {}));

        assertThat(outcome.chosen()).containsExactly(1L, 2L, 3L);
        assertThat(outcome.needsRunOff()).isFalse();
    }

    @Test
    void r12_7_forAgainstAndAbstentionsAreCountedApart() {
        var ballots = List.<Map<Long, Choice>>of(Map.of(1L, Choice.FOR), Map.of(1L, Choice.AGAINST),
                Map.of(1L, Choice.ABSTAIN), Map.of(1L, Choice.FOR));
        var outcome = new VoteCount(MajorityRule.OF_PRESENT, 4, 1).count(eligible(4, 1), ballots);

        // 2 FOR of 4 present is not more than half
        assertThat(outcome.votes().get(0)).isEqualTo(new VoteCount.PetitionVotes(1, 2, 1, 1, 4, false));
        assertThat(outcome.chosen()).isEmpty();
    }
}
