package org.laureate.vote.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.BusinessException;
import org.laureate.vote.entity.FinalVote;
import org.laureate.vote.entity.VoteKey;

/**
 * R12.14 The key pairs of a final vote (a run-off has its own): one per finalist and, in "for up to P" mode, one
 * approval key, made once, in the background as soon as the vote opens, or by the first issuance if that comes first.
 * The vote's row is locked while its missing keys are made, so two callers never make two keys for one finalist.
 */
@Stateless
@PermitAll
public class VoteKeys {

    @PersistenceContext
    EntityManager em;

    /** Makes the vote's keys in the background. */
    @Asynchronous
    public void prepare(long voteId) {
        keys(voteId);
    }

    /** Every key of the vote by finalist ({@link VoteKey#APPROVAL} for the approval key), made now when missing. */
    public Map<Long, VoteKey> keys(long voteId) {
        var vote = em.find(FinalVote.class, voteId);
        if (vote == null) {
            throw new BusinessException("general.error.notFound");
        }
        var needed = new ArrayList<>(vote.getFinalists());
        if (vote.getMode() == VoteMode.APPROVAL) {
            needed.add(VoteKey.APPROVAL);
        }
        var existing = existing(voteId, LockModeType.NONE);
        if (existing.keySet().containsAll(needed)) {
            return existing;
        }
        em.lock(vote, LockModeType.PESSIMISTIC_WRITE);
        var keys = existing(voteId, LockModeType.PESSIMISTIC_READ);
        for (var nominationId : needed) {
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

    private Map<Long, VoteKey> existing(long voteId, LockModeType lock) {
        var keys = new HashMap<Long, VoteKey>();
        for (var key : em.createNamedQuery(VoteKey.FIND_BY_VOTE, VoteKey.class)
                .setParameter("voteId", voteId)
                .setLockMode(lock)
                .getResultList()) {
            keys.put(key.getNominationId(), key);
        }
        return keys;
    }
}
