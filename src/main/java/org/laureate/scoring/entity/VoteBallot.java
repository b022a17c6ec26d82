package org.laureate.scoring.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A member's ballot in a final vote. R12.5 Like a scoring ballot it names no member and carries no time: a random id,
 * a keyed hash only the member's secret reproduces, the hash of its receipt and the receipt sealed for the member.
 */
@Entity
@Table(name = "vote_ballot")
@NamedQuery(name = VoteBallot.FIND_BY_KEY, query = "SELECT b FROM VoteBallot b WHERE b.ballotKey = :key")
@NamedQuery(name = VoteBallot.FIND_BY_VOTE,
        query = "SELECT b FROM VoteBallot b WHERE b.voteId = :voteId ORDER BY b.receiptHash")
public class VoteBallot {

    public static final String FIND_BY_KEY = "VoteBallot.findByKey";
    public static final String FIND_BY_VOTE = "VoteBallot.findByVote";

    @Id
    private String id;

    @Column(name = "vote_id")
    private long voteId;

    @Column(name = "ballot_key")
    private String ballotKey;

    @Column(name = "receipt_hash")
    private String receiptHash;

    @Column(name = "sealed_receipt")
    private String sealedReceipt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vote_choice", joinColumns = @JoinColumn(name = "ballot_id"))
    @MapKeyColumn(name = "nomination_id")
    @Column(name = "choice")
    @Enumerated(EnumType.STRING)
    private Map<Long, Choice> choices = new HashMap<>();

    protected VoteBallot() {
    }

    public VoteBallot(long voteId, String ballotKey) {
        this.id = UUID.randomUUID().toString();
        this.voteId = voteId;
        this.ballotKey = Objects.requireNonNull(ballotKey);
    }

    /** Casts the ballot, or replaces the member's earlier one, with a new receipt. */
    public void cast(Map<Long, Choice> newChoices, String newReceiptHash, String newSealedReceipt) {
        choices.clear();
        choices.putAll(newChoices);
        receiptHash = Objects.requireNonNull(newReceiptHash);
        sealedReceipt = Objects.requireNonNull(newSealedReceipt);
    }

    public String getId() {
        return id;
    }

    public long getVoteId() {
        return voteId;
    }

    public String getBallotKey() {
        return ballotKey;
    }

    public String getReceiptHash() {
        return receiptHash;
    }

    public String getSealedReceipt() {
        return sealedReceipt;
    }

    public Map<Long, Choice> getChoices() {
        return Collections.unmodifiableMap(choices);
    }
}
