package org.laureate.scoring.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.entity.PetitionKey;
import org.laureate.scoring.entity.ScoringRound;

/**
 * R9.22 The key pairs of a round's petitions, one per petition, made once: in the background as soon as the round is
 * opened, or by the first issuance of its credentials if that comes first. Two callers never make two keys for one
 * petition: the round's row is locked while its missing keys are made. R9.29 The private keys are destroyed once the
 * round closes: at once when the secretariat closes it, within a minute when its closing instant passes.
 */
@Stateless
@PermitAll
public class PetitionKeys {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Makes the round's keys in the background. */
    @Asynchronous
    public void prepare(long roundId) {
        keys(roundId);
    }

    /** Every petition's key of the round, made now for those that have none. */
    public Map<Long, PetitionKey> keys(long roundId) {
        var existing = existing(roundId, LockModeType.NONE);
        var round = em.find(ScoringRound.class, roundId);
        if (round == null) {
            throw new BusinessException("general.error.notFound");
        }
        if (existing.keySet().containsAll(round.getPetitionIds())) {
            return existing;
        }
        em.lock(round, LockModeType.PESSIMISTIC_WRITE);
        var keys = existing(roundId, LockModeType.PESSIMISTIC_READ);
        for (var petitionId : round.getPetitionIds()) {
            if (!keys.containsKey(petitionId)) {
                var pair = BlindRsa.generateEncoded();
                var key = new PetitionKey(roundId, petitionId, pair.publicKey(), pair.privateKey());
                em.persist(key);
                keys.put(petitionId, key);
            }
        }
        em.flush();
        return keys;
    }

    /** R9.29 Destroys the private keys of a round that has closed; its public keys still check its ballots. */
    public void forget(long roundId) {
        destroy(em.createNamedQuery(PetitionKey.SECRETS_OF_ROUND, PetitionKey.Key.class)
                .setParameter("roundId", roundId)
                .getResultList());
    }

    /**
     * R9.29 Every minute, on every server (destroying twice is destroying once): the private keys of every round whose
     * closing instant has passed.
     */
    @Schedule(second = "40", minute = "*", hour = "*", persistent = false)
    public void forgetClosed() {
        destroy(em.createNamedQuery(PetitionKey.SECRETS_OF_CLOSED, PetitionKey.Key.class)
                .setParameter("now", clock.instant())
                .getResultList());
    }

    /**
     * Destroys private keys found by a plain read, each by its whole primary key: the statements lock those keys' rows
     * and nothing else, neither a round's row nor the keys beside them. A round whose keys are being made meanwhile
     * holds its row and inserts its keys for as long as that takes (a tenth of a second a key); a statement that read
     * the rounds and swept the whole table waited for it, and the two deadlocked.
     */
    private void destroy(List<PetitionKey.Key> secrets) {
        var forget = em.createNamedQuery(PetitionKey.FORGET);
        for (var key : secrets) {
            forget.setParameter("roundId", key.getRoundId())
                    .setParameter("nominationId", key.getNominationId())
                    .executeUpdate();
        }
    }

    /** A petition's key, when it has been made. */
    public PetitionKey key(long roundId, long nominationId) {
        return em.find(PetitionKey.class, new PetitionKey.Key(roundId, nominationId));
    }

    /** The keys made so far; a locking read sees those another transaction committed since this one began. */
    private Map<Long, PetitionKey> existing(long roundId, LockModeType lock) {
        var keys = new HashMap<Long, PetitionKey>();
        for (var key : em.createNamedQuery(PetitionKey.FIND_BY_ROUND, PetitionKey.class)
                .setParameter("roundId", roundId)
                .setLockMode(lock)
                .getResultList()) {
            keys.put(key.getNominationId(), key);
        }
        return keys;
    }
}
