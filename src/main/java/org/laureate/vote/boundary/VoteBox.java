package org.laureate.vote.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.boundary.BallotCast;
import org.laureate.scoring.boundary.CastCounts;
import org.laureate.scoring.boundary.CastReceipt;
import org.laureate.vote.entity.Choice;
import org.laureate.vote.entity.FinalVote;
import org.laureate.vote.entity.VoteCast;
import org.laureate.vote.entity.VoteKey;

/**
 * The anonymous ballot box of the final vote: it takes a ballot on one finalist with that finalist's credential from
 * anyone, without a session, and checks everything itself. R12.5 A ballot is cast or replaced while the vote is open;
 * R12.6 one ballot per credential, a re-cast with the same credential replaces it; R12.17 in "for up to P" mode a
 * ballot is FOR and spends one of the member's P approval credentials, each once; R12.16 casting writes the ballot and
 * nothing else, with those cast at the same moment ({@link VoteWriter}, R9.27), counted in memory and audited by the
 * day, with the rounds' casts ({@link CastCounts}).
 */
@Stateless
@PermitAll
public class VoteBox {

    /** The audit trail's name for a final vote's ballot, whose casts are counted by the day (R12.16). */
    static final String BALLOT = "VoteBallot";

    @PersistenceContext
    EntityManager em;

    @Inject
    VoteKeys keys;

    @Inject
    VoteQueue queue;

    @Inject
    CastCounts counts;

    /** A credential: the prepared token and its signature. */
    public record Credential(@NotNull byte[] token, @NotNull byte[] signature) {
    }

    /**
     * Casts (or re-casts) a ballot on a finalist with its credential; in "for up to P" mode with an approval credential
     * too, which no other ballot has spent.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CastReceipt cast(long voteId, long nominationId, @NotNull Choice choice, @NotNull Credential credential,
            Credential approval) {
        var vote = openVote(voteId);
        requireCredential(vote, nominationId, credential);
        String approvalReceipt = null;
        if (vote.getMode() == VoteMode.APPROVAL) {
            if (choice != Choice.FOR) {
                throw new BusinessException("vote.error.approvalOnly");
            }
            if (approval == null) {
                throw new BusinessException("vote.error.approvalCredential");
            }
            requireCredential(vote, VoteKey.APPROVAL, approval);
            approvalReceipt = BlindRsa.receipt(approval.token());
        }
        var written = queue.write(new VoteWriter.Pending(voteId, nominationId, BlindRsa.receipt(credential.token()),
                choice, approvalReceipt));
        if (written.refused() != null) {
            throw written.refused();
        }
        counts.count(new BallotCast(BALLOT, voteId));
        return written.counted();
    }

    /**
     * R12.6 Withdraws the ballot cast with this credential while the vote is open (the member takes back a "for", or
     * abstains after all); its approval credential is free again. Returns whether there was one.
     */
    public boolean withdraw(long voteId, long nominationId, @NotNull Credential credential) {
        var vote = openVote(voteId);
        requireCredential(vote, nominationId, credential);
        var existing = em.find(VoteCast.class,
                new VoteCast.Key(voteId, nominationId, BlindRsa.receipt(credential.token())));
        if (existing != null) {
            em.remove(existing);
        }
        return existing != null;
    }

    private FinalVote openVote(long voteId) {
        var vote = em.find(FinalVote.class, voteId);
        if (vote == null) {
            throw new BusinessException("general.error.notFound");
        }
        if (!vote.isOpen()) {
            throw new BusinessException("vote.error.notOpen");
        }
        return vote;
    }

    private void requireCredential(FinalVote vote, long nominationId, Credential credential) {
        if (nominationId != VoteKey.APPROVAL && !vote.getFinalists().contains(nominationId)) {
            throw new BusinessException("general.error.notFound");
        }
        var key = keys.key(vote.getId(), nominationId);
        if (key == null || !BlindRsa.verify(BlindRsa.publicKey(key.getPublicKey()), credential.token(),
                credential.signature())) {
            throw new BusinessException("ballot.error.credential");
        }
    }
}
