package org.laureate.vote.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.vote.entity.Choice;

/**
 * The count of a final vote.
 *
 * <ul>
 *   <li>R12.7 A petition is chosen only with a majority: more FOR votes than half of the members present who may vote
 *       on it (not recused from it), or, by the cycle's setting, than half of the whole council.</li>
 *   <li>R12.8 Of the petitions with a majority, the {@code seats} with the most FOR votes win.</li>
 *   <li>R12.9 When petitions tie on FOR votes across the boundary of the seats, those above the tie win and a run-off
 *       is held among the tied only, for the seats left.</li>
 * </ul>
 *
 * @param majority    whose majority counts
 * @param councilSize the members of the council
 * @param seats       the prizes to award (P)
 */
public record VoteCount(MajorityRule majority, int councilSize, int seats) {

    /** One petition's votes. */
    public record PetitionVotes(long nominationId, int votesFor, int against, int abstain, int eligible,
            boolean majority) implements Serializable {
    }

    /** The outcome: every petition's votes (most FOR first), the chosen ones, and any run-off. */
    public record Outcome(List<PetitionVotes> votes, List<Long> chosen, List<Long> runOff, int runOffSeats) {

        public boolean needsRunOff() {
            return !runOff.isEmpty();
        }
    }

    /**
     * Counts the ballots.
     *
     * @param eligible how many members present may vote on each finalist (present and not recused)
     * @param ballots  each ballot's choices by petition
     */
    public Outcome count(Map<Long, Integer> eligible, Collection<Map<Long, Choice>> ballots) {
        var votes = new ArrayList<PetitionVotes>();
        for (var finalist : eligible.entrySet()) {
            long id = finalist.getKey();
            int votesFor = 0;
            int against = 0;
            int abstain = 0;
            for (var ballot : ballots) {
                var choice = ballot.get(id);
                if (choice == Choice.FOR) {
                    votesFor++;
                } else if (choice == Choice.AGAINST) {
                    against++;
                } else if (choice == Choice.ABSTAIN) {
                    abstain++;
                }
            }
            int base = majority == MajorityRule.OF_COUNCIL ? councilSize : finalist.getValue();
            votes.add(new PetitionVotes(id, votesFor, against, abstain, finalist.getValue(), 2 * votesFor > base));
        }
        votes.sort(Comparator.comparingInt(PetitionVotes::votesFor).reversed()
                .thenComparingLong(PetitionVotes::nominationId));
        var qualified = votes.stream().filter(PetitionVotes::majority).toList();
        if (qualified.size() <= seats) {
            return new Outcome(votes, qualified.stream().map(PetitionVotes::nominationId).toList(), List.of(), 0);
        }
        int boundary = qualified.get(seats - 1).votesFor();
        var chosen = qualified.stream().filter(v -> v.votesFor() > boundary).map(PetitionVotes::nominationId)
                .toList();
        var tied = qualified.stream().filter(v -> v.votesFor() == boundary).map(PetitionVotes::nominationId)
                .toList();
        int left = seats - chosen.size();
        if (tied.size() <= left) {
            return new Outcome(votes, qualified.stream().limit(seats).map(PetitionVotes::nominationId).toList(),
                    List.of(), 0);
        }
        return new Outcome(votes, chosen, tied, left);
    }
}
