package org.laureate.vote.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.laureate.platform.BusinessException;
import org.laureate.vote.entity.FinalVote;

/**
 * A cycle's final vote and the run-offs that followed it, in order. R12.11 The nominees are the petitions chosen by
 * the vote and its run-offs; there are none yet while one of them is not closed or the last one still needs a run-off.
 * R12.19 A cycle has one final vote (with its run-offs): a second would silently take the place of the first's
 * nominees.
 */
public class VoteChain {

    private final List<FinalVote> votes = new ArrayList<>();

    /** The chain among a cycle's votes: the one that is no run-off, then the run-off of each while there is one. */
    public VoteChain(Collection<FinalVote> cycleVotes) {
        var vote = cycleVotes.stream().filter(v -> v.getRunOffOf() == null).findFirst().orElse(null);
        while (vote != null) {
            votes.add(vote);
            var previous = vote;
            vote = cycleVotes.stream()
                    .filter(v -> v.getRunOffOf() != null && Objects.equals(v.getRunOffOf(), previous.getId()))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The votes of the chain, the first one first. */
    public List<FinalVote> votes() {
        return List.copyOf(votes);
    }

    /** R12.19 Refuses a second final vote of the cycle: there must be no chain yet. */
    public void requireNone() {
        if (!votes.isEmpty()) {
            throw new BusinessException("vote.error.alreadyPrepared");
        }
    }

    /**
     * R12.11 The nominees: the petitions chosen by each vote of the chain, each vote counted once, by {@code count};
     * none while a vote of the chain is not closed or the last one needs a run-off.
     */
    public List<Long> nominees(Function<FinalVote, VoteCount.Outcome> count) {
        if (votes.isEmpty() || votes.stream().anyMatch(vote -> !vote.isClosed())) {
            return List.of();
        }
        var nominees = new ArrayList<Long>();
        VoteCount.Outcome outcome = null;
        for (var vote : votes) {
            outcome = count.apply(vote);
            nominees.addAll(outcome.chosen());
        }
        return outcome.needsRunOff() ? List.of() : nominees;
    }
}
