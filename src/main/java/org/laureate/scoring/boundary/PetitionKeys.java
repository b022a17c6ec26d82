package org.laureate.scoring.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
 * petition: the missing keys are made in a transaction of their own that locks the round's row first, and reads the
 * keys made so far only then, as another maker committed them; it never locks a range of keys, so the makers of two
 * rounds never wait for each other (a shared read of a round's keys also locked the gap after them, for the newest
 * rounds the same gap, and two makers each waited to insert into it). R9.29 The private keys are destroyed once the
 * round closes: at once when the secretariat closes it, within a minute when its closing instant passes.
 */
@Stateless
@PermitAll
public class PetitionKeys {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Makes the round's keys in the background. */
    @Asynchronous
    public void prepare(long roundId) {
        keys(roundId);
    }

    /**
     * Every petition's key of the round, made now for those that have none. A caller that has written a row referring
     * to the round must have its keys first: the making waits for the round's row.
     */
    public Map<Long, PetitionKey> keys(long roundId) {
        var existing = existing(roundId);
        if (existing.keySet().containsAll(round(roundId, LockModeType.NONE).getPetitionIds())) {
            return existing;
        }
        return context.getBusinessObject(PetitionKeys.class).make(roundId);
    }

    /**
     * Makes the round's missing keys, holding its row: the keys are read after the lock, in a transaction that has read
     * nothing before it, so they are those every earlier maker committed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<Long, PetitionKey> make(long roundId) {
        var round = round(roundId, LockModeType.PESSIMISTIC_WRITE);
        var keys = existing(roundId);
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

    private ScoringRound round(long roundId, LockModeType lock) {
        var round = em.find(ScoringRound.class, roundId, lock);
        if (round == null) {
            throw new BusinessException("general.error.notFound");
        }
        return round;
    }

    /** The keys made so far, as this transaction sees them. */
    private Map<Long, PetitionKey> existing(long roundId) {
        var keys = new HashMap<Long, PetitionKey>();
        for (var key : em.createNamedQuery(PetitionKey.FIND_BY_ROUND, PetitionKey.class)
                .setParameter("roundId", roundId)
                .getResultList()) {
            keys.put(key.getNominationId(), key);
        }
        return keys;
    }
}
