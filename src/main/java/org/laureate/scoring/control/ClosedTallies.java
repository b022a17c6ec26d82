package org.laureate.scoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The tallies of closed rounds, each computed once on each server. A closed round's weights, rule and scale no longer
 * change (R9.17, R8.4), and its ballots only while a write that began before the close commits: its tallies are kept by
 * round and the cycle's k, with the count of ballots they were made of, counted again at each reading until the round
 * has settled (then never again: counting the 50,000 ballots of a large round was most of the database's work for
 * each reading of its results). They are computed by the first of the readers who ask at once, the others waiting for
 * it. Reading and tallying the ballots of a large round took a second and some 30 MB for each reader; sixteen at once
 * exhausted the server's memory.
 */
@ApplicationScoped
public class ClosedTallies {

    /** Rounds kept at most; the next one empties the store (closed rounds are few, and each is computed again). */
    static final int LIMIT = 32;

    private final Map<Key, Kept> tallies = new ConcurrentHashMap<>();

    /**
     * The tallies of a closed round under the cycle's k, computed when not kept or when the round's count of ballots is
     * no longer the one they were made of; once {@code settled} (no more ballots can arrive), the kept tallies are
     * given without counting.
     */
    public List<PetitionTally> of(long roundId, int minBallots, boolean settled, LongSupplier ballots,
            Supplier<List<PetitionTally>> tally) {
        var key = new Key(roundId, minBallots);
        var kept = tallies.get(key);
        if (kept != null && kept.settled()) {
            return kept.tallies();
        }
        long counted = ballots.getAsLong();
        if (kept != null && kept.ballots() == counted && !settled) {
            return kept.tallies();
        }
        if (kept == null && tallies.size() >= LIMIT) {
            tallies.clear();
        }
        return tallies.compute(key, (ignored, current) -> current != null && current.ballots() == counted
                ? new Kept(counted, settled, current.tallies())
                : new Kept(counted, settled, List.copyOf(tally.get()))).tallies();
    }

    private record Key(long roundId, int minBallots) {
    }

    private record Kept(long ballots, boolean settled, List<PetitionTally> tallies) {
    }
}
