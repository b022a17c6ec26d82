package org.laureate.scoring.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;

/**
 * What the secretariat enters to open a scoring round; the reason why it overlaps another round of the cycle, when it
 * does (R8.9), or {@code null}.
 */
public record RoundForm(@NotBlank @Size(max = 200) String title, @NotNull Instant opensAt, @NotNull Instant closesAt,
        @NotNull Map<Criterion, Integer> weights, @NotNull RankingRule rankingRule,
        @Size(max = RoundForm.REASON_MAX) String overlapReason) {

    /** The longest reason for an overlap. */
    public static final int REASON_MAX = 1000;

    /** A round that overlaps no other. */
    public RoundForm(String title, Instant opensAt, Instant closesAt, Map<Criterion, Integer> weights,
            RankingRule rankingRule) {
        this(title, opensAt, closesAt, weights, rankingRule, null);
    }

    /** Whether the secretariat said why the round overlaps another. */
    public boolean hasOverlapReason() {
        return overlapReason != null && !overlapReason.isBlank();
    }
}
