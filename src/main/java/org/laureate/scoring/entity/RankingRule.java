package org.laureate.scoring.entity;

/** Which of a petition's figures orders the ranking of a round. */
public enum RankingRule {
    /** The mean of the weighted scores, the highest and the lowest dropped when there are at least five. */
    TRIMMED_MEAN,
    /** The mean of the weighted scores. */
    WEIGHTED_MEAN,
    /** The median of the weighted scores. */
    MEDIAN
}
