package org.laureate.scoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A cast ballot: the scores given to one petition in one round under an anonymous credential. R9.1 It names no
 * member and no account, carries no time and no pseudonym, and its id is random; R9.8 its receipt is the SHA-256 of
 * the credential's token, which only the holder of the credential knows. Its scores are columns of its own row, one a
 * criterion (null where the criterion weighs nothing in its round): a ballot is one row to write, revise and read.
 */
@Entity
@Table(name = "cast_ballot")
@NamedQuery(name = Ballot.FIND_BY_RECEIPT, query = "SELECT b FROM Ballot b WHERE b.receiptHash = :receiptHash")
@NamedQuery(name = Ballot.ROUNDS_AND_RECEIPTS, query = "SELECT r.id, r.version, b.receiptHash, b.roundId,"
        + " b.nominationId FROM ScoringRound r LEFT JOIN Ballot b ON b.receiptHash IN :receiptHashes"
        + " WHERE r.id IN :roundIds")
@NamedQuery(name = Ballot.SCORES_BY_ROUND, query = "SELECT b.receiptHash, b.nominationId, b.artisticMerit,"
        + " b.friendship, b.significance FROM Ballot b WHERE b.roundId = :roundId")
@NamedQuery(name = Ballot.COUNT_BY_ROUND, query = "SELECT COUNT(b) FROM Ballot b WHERE b.roundId = :roundId")
public class Ballot {

    public static final String FIND_BY_RECEIPT = "Ballot.findByReceipt";
    /**
     * Each of the rounds {@code roundIds} with its version, beside each ballot already stored under one of the
     * receipts {@code receiptHashes} with its round and petition (nulls when none is): what a batch of ballots reads
     * before it is written, in one request.
     */
    public static final String ROUNDS_AND_RECEIPTS = "Ballot.roundsAndReceipts";
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

    @Column(name = "artistic_merit")
    private Integer artisticMerit;

    private Integer friendship;

    private Integer significance;

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

    /** The scores; a criterion not given has none. (R9.2 A re-cast replaces them: {@code BallotWriter}.) */
    private void replace(Map<Criterion, Integer> newScores) {
        newScores.values().forEach(Objects::requireNonNull);
        artisticMerit = newScores.get(Criterion.ARTISTIC_MERIT);
        friendship = newScores.get(Criterion.FRIENDSHIP);
        significance = newScores.get(Criterion.SIGNIFICANCE);
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
        return scores(artisticMerit, friendship, significance);
    }

    /** The column that holds a criterion's score. */
    public static String column(Criterion criterion) {
        return switch (criterion) {
            case ARTISTIC_MERIT -> "artistic_merit";
            case FRIENDSHIP -> "friendship";
            case SIGNIFICANCE -> "significance";
        };
    }

    /** The scores a ballot's columns hold (as {@link #SCORES_BY_ROUND} reads them), by criterion: null is none. */
    public static Map<Criterion, Integer> scores(Integer artisticMerit, Integer friendship, Integer significance) {
        var scores = new EnumMap<Criterion, Integer>(Criterion.class);
        for (var criterion : Criterion.values()) {
            var score = switch (criterion) {
                case ARTISTIC_MERIT -> artisticMerit;
                case FRIENDSHIP -> friendship;
                case SIGNIFICANCE -> significance;
            };
            if (score != null) {
                scores.put(criterion, score);
            }
        }
        return scores;
    }
}
