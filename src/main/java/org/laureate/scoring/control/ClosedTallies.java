package org.laureate.scoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The tallies of closed rounds, each computed once on each server. A closed round's ballots, weights, rule and scale
 * no longer change (R9.17, R8.4), so its tallies are those of its ballots until the cycle's k changes: they are kept by
 * round, k and count of ballots, and computed by the first of the readers who ask at once, the others waiting for it.
 * Reading and tallying the 50,000 ballots of a large round took a second and some 30 MB for each reader of its
 * results; sixteen at once exhausted the server's memory.
 */
@ApplicationScoped
public class ClosedTallies {

    /** Rounds kept at most; the next one empties the store (closed rounds are few, and each is computed again). */
    static final int LIMIT = 32;

    private final Map<Key, List<PetitionTally>> tallies = new ConcurrentHashMap<>();

    /** The tallies of a closed round with {@code ballots} ballots under the cycle's k, computed when not kept. */
    public List<PetitionTally> of(long roundId, int minBallots, long ballots, Supplier<List<PetitionTally>> tally) {
        var key = new Key(roundId, minBallots, ballots);
        var kept = tallies.get(key);
        if (kept != null) {
            return kept;
        }
        if (tallies.size() >= LIMIT) {
            tallies.clear();
        }
        return tallies.computeIfAbsent(key, ignored -> List.copyOf(tally.get()));
    }

    private record Key(long roundId, int minBallots, long ballots) {
    }
}
