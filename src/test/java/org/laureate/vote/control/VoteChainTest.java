package org.laureate.vote.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.platform.BusinessException;
import org.laureate.vote.entity.FinalVote;

class VoteChainTest {

    private static final Instant NOW = Instant.parse("2028-03-01T10:00:00Z");

    /** A vote as the database gives it back, with its id, closed when asked. */
    private static FinalVote vote(long id, Long runOffOf, boolean closed, Long... finalists)
            throws ReflectiveOperationException {
        var vote = new FinalVote(1, runOffOf, LocalDate.of(2028, 3, 1), "Минск", VoteMode.APPROVAL,
                MajorityRule.OF_PRESENT, 2, List.of(finalists));
        var field = FinalVote.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(vote, id);
        if (closed) {
            vote.open(0, 2, 3, NOW);
            vote.close(NOW);
        }
        return vote;
    }

    private static VoteCount.Outcome outcome(List<Long> chosen, List<Long> runOff) {
        return new VoteCount.Outcome(List.of(), chosen, runOff, runOff.isEmpty() ? 0 : 1);
    }

    @Test
    void r12_11_theNomineesAreThoseChosenByTheVoteAndItsRunOffsEachCountedOnce() throws Exception {
        var first = vote(10, null, true, 1L, 2L, 3L);
        var runOff = vote(11, 10L, true, 2L, 3L);
        var outcomes = Map.of(10L, outcome(List.of(1L), List.of(2L, 3L)), 11L, outcome(List.of(3L), List.of()));
        var counted = new ArrayList<Long>();

        var nominees = new VoteChain(List.of(runOff, first)).nominees(vote -> {
            counted.add(vote.getId());
            return outcomes.get(vote.getId());
        });

        assertThat(nominees).containsExactly(1L, 3L);
        assertThat(counted).containsExactly(10L, 11L);
    }

    @Test
    void r12_11_noNomineesWhileAVoteOfTheChainIsOpenOrARunOffIsStillNeeded() throws Exception {
        var first = vote(10, null, true, 1L, 2L, 3L);
        var tied = outcome(List.of(1L), List.of(2L, 3L));

        assertThat(new VoteChain(List.of(first)).nominees(vote -> tied)).isEmpty();
        assertThat(new VoteChain(List.of(first, vote(11, 10L, false, 2L, 3L))).nominees(vote -> tied)).isEmpty();
        assertThat(new VoteChain(List.of()).nominees(vote -> tied)).isEmpty();
    }

    @Test
    void r12_19_aCycleHasOneFinalVoteWhateverItsState() throws Exception {
        new VoteChain(List.of()).requireNone();

        assertThatThrownBy(() -> new VoteChain(List.of(vote(10, null, false, 1L))).requireNone())
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("vote.error.alreadyPrepared");
        assertThatThrownBy(() -> new VoteChain(List.of(vote(10, null, true, 1L), vote(11, 10L, true, 1L)))
                .requireNone())
                .isInstanceOf(BusinessException.class);
    }
}
