package org.laureate.scoring.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;

/** What the secretariat enters to open a scoring round. */
public record RoundForm(@NotBlank @Size(max = 200) String title, @NotNull Instant opensAt, @NotNull Instant closesAt,
        @NotNull Map<Criterion, Integer> weights, @NotNull RankingRule rankingRule) {
}
