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
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A cast ballot: the scores given to one petition in one round under an anonymous credential. R9.1 It names no
 * member and no account, carries no time and no pseudonym, and its id is random; R9.8 its receipt is the SHA-256 of
 * the credential's token, which only the holder of the credential knows.
 */
@Entity
@Table(name = "cast_ballot")
@NamedQuery(name = Ballot.FIND_BY_RECEIPT, query = "SELECT b FROM Ballot b WHERE b.receiptHash = :receiptHash")
@NamedQuery(name = Ballot.FIND_BY_RECEIPTS, query = "SELECT b FROM Ballot b WHERE b.receiptHash IN :receiptHashes")
@NamedQuery(name = Ballot.SCORES_BY_ROUND, query = "SELECT b.receiptHash, b.nominationId, KEY(s), VALUE(s)"
        + " FROM Ballot b JOIN b.scores s WHERE b.roundId = :roundId")
@NamedQuery(name = Ballot.COUNT_BY_ROUND, query = "SELECT COUNT(b) FROM Ballot b WHERE b.roundId = :roundId")
public class Ballot {

    public static final String FIND_BY_RECEIPT = "Ballot.findByReceipt";
    public static final String FIND_BY_RECEIPTS = "Ballot.findByReceipts";
    public static final String SCORES_BY_ROUND = "Ballot.scoresByRound";
    public static final String COUNT_BY_ROUND = "Ballot.countByRound";

    @Id
    private String id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "nomination_id")
    private long nominationId;

    @Column(name = "receipt_hash")
    private String receiptHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "cast_ballot_score", joinColumns = @JoinColumn(name = "ballot_id"))
    @MapKeyColumn(name = "criterion")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score")
    private Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);

    protected Ballot() {
    }

    /** A ballot cast on a petition of a round under the credential whose token hashes to {@code receiptHash}. */
    public Ballot(long roundId, long nominationId, String receiptHash, Map<Criterion, Integer> scores) {
        this.id = UUID.randomUUID().toString();
        this.roundId = roundId;
        this.nominationId = nominationId;
        this.receiptHash = Objects.requireNonNull(receiptHash);
        replace(scores);
    }

    /** R9.2 Replaces the scores: a re-cast under the same credential. */
    public void replace(Map<Criterion, Integer> newScores) {
        scores.clear();
        newScores.forEach((criterion, score) -> scores.put(criterion, Objects.requireNonNull(score)));
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

    public String getReceiptHash() {
        return receiptHash;
    }

    public Map<Criterion, Integer> getScores() {
        return Collections.unmodifiableMap(scores);
    }
}
