package org.laureate.vote.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * R12.5 A ballot of a final vote on one finalist, cast with that finalist's anonymous credential: its vote, its
 * finalist, its receipt (the SHA-256 of the credential's token), its choice and, in "for up to P" mode, the receipt of
 * the approval credential spent with it. No member, account, time, id or sequence.
 */
@Entity
@Table(name = "vote_cast")
@NamedQuery(name = VoteCast.FIND_BY_VOTE,
        query = "SELECT b FROM VoteCast b WHERE b.id.voteId = :voteId ORDER BY b.id.receiptHash")
@NamedQuery(name = VoteCast.FIND_BY_APPROVAL,
        query = "SELECT b FROM VoteCast b WHERE b.approvalReceipt = :approvalReceipt")
public class VoteCast {

    public static final String FIND_BY_VOTE = "VoteCast.findByVote";
    public static final String FIND_BY_APPROVAL = "VoteCast.findByApproval";

    @EmbeddedId
    private Key id;

    @Enumerated(EnumType.STRING)
    private Choice choice;

    @Column(name = "approval_receipt")
    private String approvalReceipt;

    protected VoteCast() {
    }

    public VoteCast(long voteId, long nominationId, String receiptHash, Choice choice, String approvalReceipt) {
        this.id = new Key(voteId, nominationId, Objects.requireNonNull(receiptHash));
        replace(choice, approvalReceipt);
    }

    /** R12.6 A re-cast with the same credential replaces the choice (and the approval credential spent with it). */
    public void replace(Choice newChoice, String newApprovalReceipt) {
        this.choice = Objects.requireNonNull(newChoice);
        this.approvalReceipt = newApprovalReceipt;
    }

    public long getVoteId() {
        return id.voteId;
    }

    public long getNominationId() {
        return id.nominationId;
    }

    public String getReceiptHash() {
        return id.receiptHash;
    }

    public Choice getChoice() {
        return choice;
    }

    public String getApprovalReceipt() {
        return approvalReceipt;
    }

    /** Vote, finalist and receipt. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "vote_id")
        private long voteId;

        @Column(name = "nomination_id")
        private long nominationId;

        @Column(name = "receipt_hash")
        private String receiptHash;

        protected Key() {
        }

        public Key(long voteId, long nominationId, String receiptHash) {
            this.voteId = voteId;
            this.nominationId = nominationId;
            this.receiptHash = receiptHash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.voteId == voteId && key.nominationId == nominationId
                    && key.receiptHash.equals(receiptHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(voteId, nominationId, receiptHash);
        }
    }
}
