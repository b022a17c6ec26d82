package org.laureate.scoring.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.laureate.platform.BusinessException;

/**
 * A scoring round of a cycle ("Selection of candidates"): its window, its petitions, its criteria with their weights,
 * its scale and its ranking rule.
 */
@Entity
@Table(name = "scoring_round")
@NamedQuery(name = ScoringRound.FIND_BY_CYCLE,
        query = "SELECT r FROM ScoringRound r WHERE r.cycleId = :cycleId ORDER BY r.opensAt DESC, r.id DESC")
@NamedQuery(name = ScoringRound.FIND_BY_CYCLES,
        query = "SELECT r FROM ScoringRound r WHERE r.cycleId IN :cycleIds ORDER BY r.opensAt DESC, r.id DESC")
@NamedQuery(name = ScoringRound.VERSION, query = "SELECT r.version FROM ScoringRound r WHERE r.id = :id")
public class ScoringRound implements Serializable {

    /** How long after its close a round may still take a ballot whose write was under way at the close. */
    public static final Duration SETTLING = Duration.ofMinutes(1);

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_CYCLE = "ScoringRound.findByCycle";
    public static final String FIND_BY_CYCLES = "ScoringRound.findByCycles";
    public static final String VERSION = "ScoringRound.version";
    public static final int DEFAULT_SCALE_MIN = 1;
    public static final int DEFAULT_SCALE_MAX = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private long cycleId;

    private String title;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "scale_min")
    private int scaleMin;

    @Column(name = "scale_max")
    private int scaleMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "ranking_rule")
    private RankingRule rankingRule;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_criterion", joinColumns = @JoinColumn(name = "round_id"))
    @MapKeyColumn(name = "criterion")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "weight")
    private Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "round_petition", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "nomination_id")
    private Set<Long> petitionIds = new LinkedHashSet<>();

    @Version
    private int version;

    protected ScoringRound() {
    }

    /**
     * R8.2 A round opens before it closes, on a scale of at least two points, with no negative weight and at least
     * one positive one.
     */
    public ScoringRound(long cycleId, String title, Instant opensAt, Instant closesAt, Map<Criterion, Integer> weights,
            RankingRule rankingRule, Collection<Long> petitionIds) {
        if (!opensAt.isBefore(closesAt)) {
            throw new BusinessException("round.error.window");
        }
        requireWeights(weights);
        this.cycleId = cycleId;
        this.title = Objects.requireNonNull(title);
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.scaleMin = DEFAULT_SCALE_MIN;
        this.scaleMax = DEFAULT_SCALE_MAX;
        this.rankingRule = Objects.requireNonNull(rankingRule);
        this.weights.putAll(weights);
        this.petitionIds.addAll(petitionIds);
    }

    /** The default weights: every criterion counts once. */
    public static Map<Criterion, Integer> equalWeights() {
        var equal = new EnumMap<Criterion, Integer>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            equal.put(criterion, 1);
        }
        return equal;
    }

    private static void requireWeights(Map<Criterion, Integer> weights) {
        boolean positive = false;
        for (Criterion criterion : Criterion.values()) {
            Integer weight = weights.get(criterion);
            if (weight == null || weight < 0) {
                throw new BusinessException("round.error.weights");
            }
            positive |= weight > 0;
        }
        if (!positive) {
            throw new BusinessException("round.error.weights");
        }
    }

    /** R8.3 The round is open from its opening instant, inclusive, to its closing instant, exclusive. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    /** R8.9 Whether this round's window and the window from {@code opens} to {@code closes} share an instant. */
    public boolean overlaps(Instant opens, Instant closes) {
        return opens.isBefore(closesAt) && opensAt.isBefore(closes);
    }

    /** R8.3 The round is closed from its closing instant on. */
    public boolean isClosedAt(Instant now) {
        return !now.isBefore(closesAt);
    }

    /**
     * Whether the round's ballots can no longer change: {@link #SETTLING} after its close. The ballot writer checks the
     * round open once its batch is written, so only a commit already under way at the close can add a ballot.
     */
    public boolean isSettledAt(Instant now) {
        return !now.isBefore(closesAt.plus(SETTLING));
    }

    /** R8.4 Weights, rule and window change only before the round opens. */
    public void reweigh(Map<Criterion, Integer> newWeights, RankingRule newRule, Instant now) {
        if (!now.isBefore(opensAt)) {
            throw new BusinessException("round.error.started");
        }
        requireWeights(newWeights);
        weights.clear();
        weights.putAll(newWeights);
        rankingRule = Objects.requireNonNull(newRule);
    }

    /** R8.5 The secretariat closes an open round early; its closing instant becomes now. */
    public void closeAt(Instant now) {
        if (!isOpenAt(now)) {
            throw new BusinessException("round.error.notOpen");
        }
        closesAt = now;
    }

    /** R8.6 The scores of a ballot: one per criterion of positive weight, each on the scale. */
    public void requireScores(Map<Criterion, Integer> scores, boolean complete) {
        for (var score : scores.entrySet()) {
            if (score.getValue() != null && (score.getValue() < scaleMin || score.getValue() > scaleMax)) {
                throw new BusinessException("ballot.error.scale", scaleMin, scaleMax);
            }
        }
        if (complete) {
            for (var weight : weights.entrySet()) {
                if (weight.getValue() > 0 && scores.get(weight.getKey()) == null) {
                    throw new BusinessException("ballot.error.incomplete");
                }
            }
        }
    }

    public boolean includes(long nominationId) {
        return petitionIds.contains(nominationId);
    }

    public Long getId() {
        return id;
    }

    public long getCycleId() {
        return cycleId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public int getScaleMin() {
        return scaleMin;
    }

    public int getScaleMax() {
        return scaleMax;
    }

    public RankingRule getRankingRule() {
        return rankingRule;
    }

    public Map<Criterion, Integer> getWeights() {
        return Collections.unmodifiableMap(weights);
    }

    public Set<Long> getPetitionIds() {
        return Collections.unmodifiableSet(petitionIds);
    }

    public int getVersion() {
        return version;
    }
}
