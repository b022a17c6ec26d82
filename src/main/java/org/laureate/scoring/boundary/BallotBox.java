package org.laureate.scoring.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.entity.Ballot;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.ScoringRound;

/**
 * The anonymous ballot box of the scoring rounds: it takes a ballot with its credential from anyone, without a
 * session, and checks everything itself. R9.2 A ballot is cast or replaced while the round is open; R9.15 one ballot
 * per credential, a re-cast with the same credential replaces it; R9.24 the credential must verify under the key of
 * the ballot's petition; R9.16 casting writes the ballot and nothing else (no audit entry, no log line): the casts are
 * counted in memory and audited by the day ({@link CastCounts}); R9.27 ballots cast at the same moment are written
 * together ({@link BallotWriter}).
 */
@Stateless
@PermitAll
public class BallotBox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BallotQueue queue;

    @Inject
    CastCounts counts;

    /**
     * Casts (or re-casts) a ballot on a petition of a round with the credential: {@code token}, {@code signature}.
     * The credential is checked here; the ballot is written with those cast at the same moment (R9.27), and the
     * answer comes once it is stored.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CastReceipt cast(long roundId, long nominationId, @NotNull Map<Criterion, Integer> scores,
            @NotNull byte[] token, @NotNull byte[] signature) {
        requireCredential(roundId, nominationId, token, signature);
        var written = queue.write(new BallotWriter.Pending(roundId, nominationId, BlindRsa.receipt(token),
                new EnumMap<>(scores)));
        if (written.refused() != null) {
            throw written.refused();
        }
        counts.count(BallotCast.ofRound(roundId));
        return written.counted();
    }

    /**
     * R9.10 Withdraws the ballot cast with this credential, while the round is open: a member who declares a conflict
     * after casting withdraws their ballot so. Returns whether there was one.
     */
    public boolean withdraw(long roundId, long nominationId, @NotNull byte[] token, @NotNull byte[] signature) {
        openRound(roundId);
        requireCredential(roundId, nominationId, token, signature);
        var existing = em.createNamedQuery(Ballot.FIND_BY_RECEIPT, Ballot.class)
                .setParameter("receiptHash", BlindRsa.receipt(token))
                .getResultStream()
                .findFirst();
        existing.ifPresent(em::remove);
        return existing.isPresent();
    }

    private ScoringRound openRound(long roundId) {
        var round = em.find(ScoringRound.class, roundId);
        if (round == null) {
            throw new BusinessException("general.error.notFound");
        }
        if (!round.isOpenAt(clock.instant())) {
            throw new BusinessException("round.error.notOpen");
        }
        return round;
    }

    /** R9.24 The credential verifies under the petition's key; if not, the answer says why the round refused it. */
    private void requireCredential(long roundId, long nominationId, byte[] token, byte[] signature) {
        var key = queue.publicKey(roundId, nominationId);
        if (key == null || !BlindRsa.verify(key, token, signature)) {
            if (!openRound(roundId).includes(nominationId)) {
                throw new BusinessException("general.error.notFound");
            }
            throw new BusinessException("ballot.error.credential");
        }
    }
}
