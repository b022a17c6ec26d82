package org.laureate.scoring.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;

/**
 * The tally of an anonymous scoring round: the figures of each petition from its ballots, and the ranking by the
 * round's rule. It is given the round's criteria weights, its scale, its ranking rule and the fewest ballots a petition
 * needs to be published.
 *
 * <p>Rules:
 * <ul>
 *   <li>R7.1 A ballot's weighted score is Σ weight × score / Σ weight over the criteria of positive weight; a criterion
 *       of weight 0 is ignored. A ballot that misses a criterion of positive weight, or whose score for it is outside
 *       the scale, is refused.</li>
 *   <li>R7.2 A petition's weighted mean is the mean of its ballots' weighted scores, its median their median (the mean
 *       of the two middle ones for an even count), its standard deviation their sample standard deviation (divided by
 *       n − 1), 0 for a single ballot.</li>
 *   <li>R7.3 Its trimmed mean is the mean of its weighted scores without the single highest and the single lowest one
 *       when it has at least 5 ballots, otherwise its weighted mean.</li>
 *   <li>R7.4 (withdrawn) No figure normalises a ballot against the other ballots of its member: nothing links two
 *       ballots of one member.</li>
 *   <li>R7.5 Only a petition with at least the round's fewest ballots is published: the others keep their number of
 *       ballots, but every figure is NaN, their distribution is empty and they are not ranked (rank 0).</li>
 *   <li>R7.6 The published petitions are ranked by the rule's figure, highest first. A figure within 1e-9 of the one
 *       ranked just above shares its rank and both are tied; the rank after a tie skips the places taken (1, 2, 2,
 *       4).</li>
 *   <li>R7.7 A petition's distribution counts its ballots per whole point of the scale, from the lowest: a ballot
 *       counts at its weighted score rounded half up.</li>
 *   <li>R7.8 A tally is refused when a petition is given twice or when a ballot scores a petition not given.</li>
 * </ul>
 */
public final class Tally {

    /** Figures closer than this are equal (R7.6). */
    private static final double TIE = 1e-9;

    private final Criterion[] criteria;
    private final int[] weights;
    private final double weightSum;
    private final int scaleMin;
    private final int scaleMax;
    private final RankingRule rule;
    private final int minBallots;

    /**
     * A tally for a round that weighs each criterion by {@code weights} (a criterion not named weighs 0), scores from
     * {@code scaleMin} to {@code scaleMax}, ranks by {@code rule} and publishes a petition from {@code minBallots}
     * ballots; refuses a negative weight, weights that are all 0, an empty scale and fewer than one ballot.
     */
    public Tally(Map<Criterion, Integer> weights, int scaleMin, int scaleMax, RankingRule rule, int minBallots) {
        Objects.requireNonNull(weights, "weights");
        this.rule = Objects.requireNonNull(rule, "rule");
        var positive = new EnumMap<Criterion, Integer>(Criterion.class);
        long sum = 0;
        for (var entry : weights.entrySet()) {
            var criterion = Objects.requireNonNull(entry.getKey(), "criterion");
            int weight = Objects.requireNonNull(entry.getValue(), () -> "weight of " + criterion);
            if (weight < 0) {
                throw new IllegalArgumentException("The weight of " + criterion + " is negative: " + weight);
            }
            if (weight > 0) {
                positive.put(criterion, weight);
                sum += weight;
            }
        }
        if (positive.isEmpty()) {
            throw new IllegalArgumentException("No criterion has a positive weight");
        }
        if (scaleMin >= scaleMax) {
            throw new IllegalArgumentException("The scale " + scaleMin + "–" + scaleMax + " is empty");
        }
        if (minBallots < 1) {
            throw new IllegalArgumentException("A petition needs at least one ballot to publish, not " + minBallots);
        }
        this.criteria = positive.keySet().toArray(new Criterion[0]);
        this.weights = positive.values().stream().mapToInt(Integer::intValue).toArray();
        this.weightSum = sum;
        this.scaleMin = scaleMin;
        this.scaleMax = scaleMax;
        this.minBallots = minBallots;
    }

    /**
     * The tally of each of {@code petitionIds} from the round's {@code ballots}: the published petitions by rank, those
     * tied in the order of their figures and then in the given order, followed by the unpublished ones in the given
     * order.
     */
    public List<PetitionTally> of(Collection<Long> petitionIds, Collection<ScoredBallot> ballots) {
        long[] ids = petitionIds.stream().mapToLong(Long::longValue).toArray();
        int petitions = ids.length;
        var index = new PetitionIndex(ids);

        int count = ballots.size();
        int[] petitionOf = new int[count];
        double[] score = new double[count];
        int b = 0;
        for (ScoredBallot ballot : ballots) {
            petitionOf[b] = index.of(ballot.petitionId());
            score[b] = weightedScore(ballot);
            b++;
        }

        var grouped = Grouped.byPetition(petitions, petitionOf, score);
        var figures = new Figures(petitions);
        for (int p = 0; p < petitions; p++) {
            figures.compute(p, grouped);
        }
        return ranked(ids, figures);
    }

    /** R7.1 */
    private double weightedScore(ScoredBallot ballot) {
        var scores = ballot.scores();
        double total = 0;
        for (int c = 0; c < criteria.length; c++) {
            Integer score = scores.get(criteria[c]);
            if (score == null) {
                throw new IllegalArgumentException("A ballot of petition " + ballot.petitionId() + " misses "
                        + criteria[c]);
            }
            if (score < scaleMin || score > scaleMax) {
                throw new IllegalArgumentException("A ballot of petition " + ballot.petitionId() + " scores "
                        + criteria[c] + " " + score + ", outside " + scaleMin + "–" + scaleMax);
            }
            total += (double) weights[c] * score;
        }
        return total / weightSum;
    }

    /** R7.6 */
    private List<PetitionTally> ranked(long[] ids, Figures figures) {
        int petitions = ids.length;
        var published = new ArrayList<Integer>(petitions);
        for (int p = 0; p < petitions; p++) {
            if (figures.publishable[p]) {
                published.add(p);
            }
        }
        double[] figure = figures.of(rule);
        published.sort((left, right) -> Double.compare(figure[right], figure[left]));
        int[] rank = new int[petitions];
        boolean[] tied = new boolean[petitions];
        for (int i = 0; i < published.size(); i++) {
            int p = published.get(i);
            rank[p] = i + 1;
            if (i > 0) {
                int above = published.get(i - 1);
                if (figure[above] - figure[p] <= TIE) {
                    rank[p] = rank[above];
                    tied[p] = true;
                    tied[above] = true;
                }
            }
        }
        var tallies = new ArrayList<PetitionTally>(petitions);
        for (int p : published) {
            tallies.add(figures.tally(p, ids[p], rank[p], tied[p]));
        }
        for (int p = 0; p < petitions; p++) {
            if (!figures.publishable[p]) {
                tallies.add(figures.tally(p, ids[p], 0, false));
            }
        }
        return List.copyOf(tallies);
    }

    /** The index of a petition among those given, found by a binary search among their sorted ids. */
    private static final class PetitionIndex {

        private final long[] sortedIds;
        private final int[] indexOfSorted;

        /** R7.8: refuses a petition given twice. */
        PetitionIndex(long[] ids) {
            sortedIds = ids.clone();
            Arrays.sort(sortedIds);
            for (int i = 1; i < sortedIds.length; i++) {
                if (sortedIds[i - 1] == sortedIds[i]) {
                    throw new IllegalArgumentException("Petition " + sortedIds[i] + " is given twice");
                }
            }
            indexOfSorted = new int[ids.length];
            for (int p = 0; p < ids.length; p++) {
                indexOfSorted[Arrays.binarySearch(sortedIds, ids[p])] = p;
            }
        }

        /** R7.8: refuses a petition not given. */
        int of(long petitionId) {
            int at = Arrays.binarySearch(sortedIds, petitionId);
            if (at < 0) {
                throw new IllegalArgumentException("A ballot scores petition " + petitionId + ", which is not tallied");
            }
            return indexOfSorted[at];
        }
    }

    /**
     * The ballots' weighted scores, ordered by petition: petition p's are at the indices from {@code start[p]} to
     * {@code start[p + 1]}.
     */
    private static final class Grouped {

        private final int[] start;
        private final double[] score;

        private Grouped(int petitions, int ballots) {
            start = new int[petitions + 1];
            score = new double[ballots];
        }

        static Grouped byPetition(int petitions, int[] petitionOf, double[] score) {
            var grouped = new Grouped(petitions, score.length);
            int[] start = grouped.start;
            for (int petition : petitionOf) {
                start[petition + 1]++;
            }
            for (int p = 0; p < petitions; p++) {
                start[p + 1] += start[p];
            }
            int[] next = Arrays.copyOf(start, petitions);
            for (int b = 0; b < score.length; b++) {
                int at = next[petitionOf[b]]++;
                grouped.score[at] = score[b];
            }
            return grouped;
        }
    }

    /** The figures of every petition, by the petition's index. */
    private final class Figures {

        private final int[] ballots;
        private final boolean[] publishable;
        private final double[] weightedMean;
        private final double[] median;
        private final double[] trimmedMean;
        private final double[] standardDeviation;
        private final List<List<Integer>> distribution;

        Figures(int petitions) {
            ballots = new int[petitions];
            publishable = new boolean[petitions];
            weightedMean = new double[petitions];
            median = new double[petitions];
            trimmedMean = new double[petitions];
            standardDeviation = new double[petitions];
            distribution = new ArrayList<>(petitions);
        }

        /** R7.2, R7.3, R7.5, R7.7 for petition {@code p}; sorts its scores in {@code grouped}. */
        void compute(int p, Grouped grouped) {
            int from = grouped.start[p];
            int to = grouped.start[p + 1];
            int n = to - from;
            ballots[p] = n;
            publishable[p] = n >= minBallots;
            if (!publishable[p]) {
                weightedMean[p] = Double.NaN;
                median[p] = Double.NaN;
                trimmedMean[p] = Double.NaN;
                standardDeviation[p] = Double.NaN;
                distribution.add(List.of());
                return;
            }
            double[] score = grouped.score;
            double sum = 0;
            int[] counts = new int[scaleMax - scaleMin + 1];
            for (int at = from; at < to; at++) {
                sum += score[at];
                counts[(int) Math.round(score[at]) - scaleMin]++;
            }
            double mean = sum / n;
            double squares = 0;
            for (int at = from; at < to; at++) {
                squares += (score[at] - mean) * (score[at] - mean);
            }
            Arrays.sort(score, from, to);
            int middle = from + n / 2;
            weightedMean[p] = mean;
            median[p] = n % 2 == 1 ? score[middle] : (score[middle - 1] + score[middle]) / 2;
            trimmedMean[p] = n >= 5 ? (sum - score[from] - score[to - 1]) / (n - 2) : mean;
            standardDeviation[p] = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
            distribution.add(Arrays.stream(counts).boxed().toList());
        }

        double[] of(RankingRule ranking) {
            return switch (ranking) {
                case TRIMMED_MEAN -> trimmedMean;
                case WEIGHTED_MEAN -> weightedMean;
                case MEDIAN -> median;
            };
        }

        PetitionTally tally(int p, long id, int rank, boolean tied) {
            return new PetitionTally(id, ballots[p], publishable[p], weightedMean[p], median[p], trimmedMean[p],
                    standardDeviation[p], rank, tied, distribution.get(p));
        }
    }
}
