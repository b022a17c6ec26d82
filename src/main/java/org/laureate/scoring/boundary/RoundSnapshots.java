package org.laureate.scoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.laureate.scoring.entity.ScoringRound;

/**
 * The rounds ballots are written for, kept read-only on each server between the batches of {@link BallotWriter}: a
 * batch reads a round's version, one number (in the request that reads the receipts it may revise), and the round
 * with its petitions and weights is read again only when that version is not the one kept (any change of the round,
 * R8.5 closing it early included, changes it). A batch so checks its ballots against the round as it is now without
 * reading a thousand petitions each time.
 */
@ApplicationScoped
public class RoundSnapshots {

    @PersistenceContext
    EntityManager em;

    private final Map<Long, ScoringRound> kept = new ConcurrentHashMap<>();

    /** The round as it is now in the database, not to be changed; null when there is none. */
    public ScoringRound current(long roundId) {
        var version = em.createNamedQuery(ScoringRound.VERSION, Integer.class)
                .setParameter("id", roundId)
                .getResultStream()
                .findFirst();
        if (version.isEmpty()) {
            kept.remove(roundId);
            return null;
        }
        return current(roundId, version.get());
    }

    /** The round at {@code version}, which the caller has just read from the database, not to be changed. */
    public ScoringRound current(long roundId, int version) {
        var round = kept.get(roundId);
        if (round == null || round.getVersion() != version) {
            round = em.find(ScoringRound.class, roundId, Map.of(QueryHints.READ_ONLY, HintValues.TRUE));
            kept.put(roundId, round);
        }
        return round;
    }
}
