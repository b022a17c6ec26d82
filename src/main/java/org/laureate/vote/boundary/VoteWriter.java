package org.laureate.vote.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.boundary.CastReceipt;
import org.laureate.vote.entity.Choice;
import org.laureate.vote.entity.FinalVote;
import org.laureate.vote.entity.VoteCast;

/**
 * R12.16, R9.27 Writes the final vote's ballots whose credentials verified, several casts in one transaction that
 * holds ballots and nothing else, taken in a random order: the database's own records show a batch of ballots of
 * whoever cast at that moment. Each is checked against the vote as it is now (R12.5 open, R12.17 its approval
 * credential not spent by another ballot, those of the same batch before it included).
 */
@Stateless
@PermitAll
public class VoteWriter {

    private static final Random SHUFFLE = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    /** A ballot whose credentials verified: its receipt, and in "for up to P" mode its approval credential's. */
    public record Pending(long voteId, long nominationId, String receipt, Choice choice, String approvalReceipt) {
    }

    /** What became of a ballot: counted, with its receipt, or refused, with the reason. */
    public record Written(CastReceipt counted, BusinessException refused) {
    }

    /** Writes the ballots in one transaction and answers for each, in their order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Written> write(List<Pending> batch) {
        var order = new ArrayList<>(IntStream.range(0, batch.size()).boxed().toList());
        Collections.shuffle(order, SHUFFLE);
        var written = new Written[batch.size()];
        var votes = new HashMap<Long, FinalVote>();
        for (int index : order) {
            var pending = batch.get(index);
            try {
                written[index] = new Written(write(votes.computeIfAbsent(pending.voteId(),
                        id -> em.find(FinalVote.class, id)), pending), null);
            } catch (BusinessException refusal) {
                written[index] = new Written(null, refusal);
            }
        }
        return Arrays.asList(written);
    }

    private CastReceipt write(FinalVote vote, Pending pending) {
        if (vote == null) {
            throw new BusinessException("general.error.notFound");
        }
        if (!vote.isOpen()) {
            throw new BusinessException("vote.error.notOpen");
        }
        if (pending.approvalReceipt() != null && em.createNamedQuery(VoteCast.FIND_BY_APPROVAL, VoteCast.class)
                .setParameter("approvalReceipt", pending.approvalReceipt())
                .getResultStream()
                .anyMatch(other -> !other.getReceiptHash().equals(pending.receipt()))) {
            throw new BusinessException("vote.error.approvalSpent");
        }
        var existing = em.find(VoteCast.class,
                new VoteCast.Key(pending.voteId(), pending.nominationId(), pending.receipt()));
        if (existing != null) {
            existing.replace(pending.choice(), pending.approvalReceipt());
        } else {
            em.persist(new VoteCast(pending.voteId(), pending.nominationId(), pending.receipt(), pending.choice(),
                    pending.approvalReceipt()));
        }
        // the next ballot of the batch sees this one, its approval credential spent or freed
        em.flush();
        return new CastReceipt(pending.receipt(), existing != null);
    }
}
