package org.laureate.scoring.control;

import java.io.Serializable;
import java.util.List;

/**
 * The figures of one petition in a scoring round (see {@link Tally} for the rules that make them). A petition with too
 * few ballots to publish has its number of ballots only: every figure is {@link Double#NaN}, its rank is 0 and its
 * distribution is empty.
 *
 * @param petitionId the petition
 * @param ballots how many ballots scored it
 * @param publishable whether it has enough ballots to publish its figures and rank it (R7.5)
 * @param weightedMean the mean of its ballots' weighted scores (R7.1, R7.2)
 * @param median the median of its ballots' weighted scores (R7.2)
 * @param trimmedMean the weighted mean without the highest and the lowest score when there are at least five (R7.3)
 * @param standardDeviation the sample standard deviation of its ballots' weighted scores (R7.2)
 * @param rank its place in the round's ranking, from 1, shared by equal figures; 0 when not publishable (R7.6)
 * @param tied whether another petition shares its rank (R7.6)
 * @param distribution how many weighted scores round to each whole point of the scale, from its lowest (R7.7)
 */
public record PetitionTally(long petitionId, int ballots, boolean publishable, double weightedMean, double median,
        double trimmedMean, double standardDeviation, int rank, boolean tied,
        List<Integer> distribution) implements Serializable {

    /** Keeps an unmodifiable copy of the distribution. */
    public PetitionTally {
        distribution = List.copyOf(distribution);
    }
}
