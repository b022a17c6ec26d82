package org.laureate.vote.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.BusinessException;
import org.laureate.vote.entity.FinalVote;
import org.laureate.vote.entity.VoteKey;

/**
 * R12.14 The key pairs of a final vote (a run-off has its own): one per finalist and, in "for up to P" mode, one
 * approval key, made once, in the background as soon as the vote opens, or by the first issuance if that comes first.
 * The missing keys are made as {@link org.laureate.scoring.boundary.PetitionKeys} makes a round's: in a transaction of
 * their own that locks the vote's row first and reads the keys made so far only then, so two callers never make two
 * keys for one finalist, and the makers of two votes never wait for each other.
 */
@Stateless
@PermitAll
public class VoteKeys {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Makes the vote's keys in the background. */
    @Asynchronous
    public void prepare(long voteId) {
        keys(voteId);
    }

    /**
     * Every key of the vote by finalist ({@link VoteKey#APPROVAL} for the approval key), made now when missing. A
     * caller that has written a row referring to the vote must have its keys first: the making waits for the vote's
     * row.
     */
    public Map<Long, VoteKey> keys(long voteId) {
        var existing = existing(voteId);
        if (existing.keySet().containsAll(needed(vote(voteId, LockModeType.NONE)))) {
            return existing;
        }
        return context.getBusinessObject(VoteKeys.class).make(voteId);
    }

    /**
     * Makes the vote's missing keys, holding its row: the keys are read after the lock, in a transaction that has read
     * nothing before it, so they are those every earlier maker committed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<Long, VoteKey> make(long voteId) {
        var vote = vote(voteId, LockModeType.PESSIMISTIC_WRITE);
        var keys = existing(voteId);
        for (var nominationId : needed(vote)) {
            if (!keys.containsKey(nominationId)) {
                var pair = BlindRsa.generateEncoded();
                var key = new VoteKey(voteId, nominationId, pair.publicKey(), pair.privateKey());
                em.persist(key);
                keys.put(nominationId, key);
            }
        }
        em.flush();
        return keys;
    }

    /** R9.29 Destroys the private keys of a vote that has closed; its public keys still check its ballots. */
    public void forget(long voteId) {
        em.createNamedQuery(VoteKey.FORGET_BY_VOTE)
                .setParameter("voteId", voteId)
                .executeUpdate();
    }

    /** A key of the vote, when it has been made. */
    public VoteKey key(long voteId, long nominationId) {
        return em.find(VoteKey.class, new VoteKey.Key(voteId, nominationId));
    }

    private FinalVote vote(long voteId, LockModeType lock) {
        var vote = em.find(FinalVote.class, voteId, lock);
        if (vote == null) {
            throw new BusinessException("general.error.notFound");
        }
        return vote;
    }

    /** The finalists' ids, and {@link VoteKey#APPROVAL} in "for up to P" mode. */
    private static List<Long> needed(FinalVote vote) {
        var needed = new ArrayList<>(vote.getFinalists());
        if (vote.getMode() == VoteMode.APPROVAL) {
            needed.add(VoteKey.APPROVAL);
        }
        return needed;
    }

    /** The keys made so far, as this transaction sees them. */
    private Map<Long, VoteKey> existing(long voteId) {
        var keys = new HashMap<Long, VoteKey>();
        for (var key : em.createNamedQuery(VoteKey.FIND_BY_VOTE, VoteKey.class)
                .setParameter("voteId", voteId)
                .getResultList()) {
            keys.put(key.getNominationId(), key);
        }
        return keys;
    }
}
