package org.laureate.scoring.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.laureate.platform.BusinessException;

/**
 * A member's scores for one petition in one round. R9.1 It names no member and carries no time: its id is random, its
 * key and pseudonym are keyed hashes that only the member's secret reproduces, its note and receipt are sealed under
 * that secret, and only the hash of its receipt is readable.
 */
@Entity
@Table(name = "ballot")
@NamedQuery(name = Ballot.FIND_BY_KEYS, query = "SELECT b FROM Ballot b WHERE b.ballotKey IN :keys")
@NamedQuery(name = Ballot.FIND_SUBMITTED, query = "SELECT b FROM Ballot b"
        + " WHERE b.roundId = :roundId AND b.submitted = TRUE ORDER BY b.receiptHash")
public class Ballot {

    public static final String FIND_BY_KEYS = "Ballot.findByKeys";
    public static final String FIND_SUBMITTED = "Ballot.findSubmitted";

    @Id
    private String id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "nomination_id")
    private long nominationId;

    @Column(name = "ballot_key")
    private String ballotKey;

    private String pseudonym;

    private boolean submitted;

    @Column(name = "receipt_hash")
    private String receiptHash;

    @Column(name = "sealed_receipt")
    private String sealedReceipt;

    @Column(name = "sealed_note")
    private String sealedNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ballot_score", joinColumns = @JoinColumn(name = "ballot_id"))
    @MapKeyColumn(name = "criterion")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score")
    private Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);

    protected Ballot() {
    }

    public Ballot(long roundId, long nominationId, String ballotKey, String pseudonym) {
        this.id = UUID.randomUUID().toString();
        this.roundId = roundId;
        this.nominationId = nominationId;
        this.ballotKey = Objects.requireNonNull(ballotKey);
        this.pseudonym = Objects.requireNonNull(pseudonym);
    }

    /** Keeps the scores given so far and the sealed note, as a draft that counts for nothing. */
    public void draft(Map<Criterion, Integer> newScores, String newSealedNote) {
        if (submitted) {
            throw new BusinessException("ballot.error.submitted");
        }
        replaceScores(newScores);
        sealedNote = newSealedNote;
    }

    /**
     * R9.2 Casts the ballot, or replaces a cast one, with a new receipt: the member keeps the sealed code, the board
     * shows its hash.
     */
    public void submit(Map<Criterion, Integer> newScores, String newSealedNote, String newReceiptHash,
            String newSealedReceipt) {
        replaceScores(newScores);
        sealedNote = newSealedNote;
        receiptHash = Objects.requireNonNull(newReceiptHash);
        sealedReceipt = Objects.requireNonNull(newSealedReceipt);
        submitted = true;
    }

    private void replaceScores(Map<Criterion, Integer> newScores) {
        scores.clear();
        newScores.forEach((criterion, score) -> {
            if (score != null) {
                scores.put(criterion, score);
            }
        });
    }

    public String getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getNominationId() {
        return nominationId;
    }

    public String getBallotKey() {
        return ballotKey;
    }

    public String getPseudonym() {
        return pseudonym;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public String getReceiptHash() {
        return receiptHash;
    }

    public String getSealedReceipt() {
        return sealedReceipt;
    }

    public String getSealedNote() {
        return sealedNote;
    }

    public Map<Criterion, Integer> getScores() {
        return Collections.unmodifiableMap(scores);
    }
}
