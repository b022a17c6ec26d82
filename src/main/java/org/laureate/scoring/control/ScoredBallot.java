package org.laureate.scoring.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.laureate.scoring.entity.Criterion;

/**
 * One ballot of a scoring round: the petition it scores and a score for each criterion, nothing of who cast it.
 * Whether the scores fit the round's scale and weights is the {@link Tally}'s to check.
 */
public record ScoredBallot(long petitionId, Map<Criterion, Integer> scores) {

    /** Keeps an unmodifiable copy of the scores; refuses a missing criterion or score. */
    public ScoredBallot {
        Objects.requireNonNull(scores, "scores");
        var copy = new EnumMap<Criterion, Integer>(Criterion.class);
        scores.forEach((criterion, score) -> copy.put(Objects.requireNonNull(criterion, "criterion"),
                Objects.requireNonNull(score, () -> "score of " + criterion)));
        scores = Collections.unmodifiableMap(copy);
    }
}
