package org.laureate.scoring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laureate.platform.BusinessException;

class ScoringRoundTest {

    private static final Instant OPENS = Instant.parse("2025-06-01T07:00:00Z");
    private static final Instant CLOSES = Instant.parse("2025-06-19T07:00:00Z");

    private static ScoringRound round() {
        return new ScoringRound(1, "Отбор соискателей", OPENS, CLOSES, ScoringRound.equalWeights(),
                RankingRule.TRIMMED_MEAN, List.of(10L, 11L));
    }

    private static Map<Criterion, Integer> weights(int merit, int friendship, int significance) {
        var weights = new EnumMap<Criterion, Integer>(Criterion.class);
        weights.put(Criterion.ARTISTIC_MERIT, merit);
        weights.put(Criterion.FRIENDSHIP, friendship);
        weights.put(Criterion.SIGNIFICANCE, significance);
        return weights;
    }

    @Test
    void r8_2_aRoundOpensBeforeItClosesWithOnePositiveWeightAndNoNegativeOne() {
        assertThatThrownBy(() -> new ScoringRound(1, "x", CLOSES, OPENS, ScoringRound.equalWeights(),
                RankingRule.MEDIAN, List.of())).hasMessage("round.error.window");
        assertThatThrownBy(() -> new ScoringRound(1, "x", OPENS, CLOSES, weights(0, 0, 0), RankingRule.MEDIAN,
                List.of())).hasMessage("round.error.weights");
        assertThatThrownBy(() -> new ScoringRound(1, "x", OPENS, CLOSES, weights(2, -1, 1), RankingRule.MEDIAN,
                List.of())).hasMessage("round.error.weights");
        assertThat(new ScoringRound(1, "x", OPENS, CLOSES, weights(2, 0, 1), RankingRule.MEDIAN, List.of())
                .getWeights()).containsEntry(Criterion.FRIENDSHIP, 0);
    }

    @Test
    void r8_3_openFromItsOpeningInclusiveToItsClosingExclusive() {
        var round = round();

        assertThat(round.isOpenAt(OPENS.minusNanos(1000))).isFalse();
        assertThat(round.isOpenAt(OPENS)).isTrue();
        assertThat(round.isOpenAt(CLOSES.minusNanos(1000))).isTrue();
        assertThat(round.isOpenAt(CLOSES)).isFalse();
        assertThat(round.isClosedAt(CLOSES)).isTrue();
        assertThat(round.isClosedAt(OPENS)).isFalse();
    }

    @Test
    void r9_20_aRoundSettlesItsSettlingTimeAfterItsCloseEarlyOrNot() {
        var round = round();
        assertThat(round.isSettledAt(CLOSES)).isFalse();
        assertThat(round.isSettledAt(CLOSES.plus(ScoringRound.SETTLING).minusNanos(1000))).isFalse();
        assertThat(round.isSettledAt(CLOSES.plus(ScoringRound.SETTLING))).isTrue();

        var early = OPENS.plusSeconds(3600);
        round.closeAt(early);
        assertThat(round.isSettledAt(early.plus(ScoringRound.SETTLING))).isTrue();
    }

    @Test
    void r8_9_roundsOverlapWhenTheirWindowsShareAnInstant() {
        var round = round();

        assertThat(round.overlaps(OPENS.minusSeconds(60), OPENS)).as("ends as it opens").isFalse();
        assertThat(round.overlaps(CLOSES, CLOSES.plusSeconds(60))).as("opens as it closes").isFalse();
        assertThat(round.overlaps(OPENS.minusSeconds(60), OPENS.plusSeconds(1))).isTrue();
        assertThat(round.overlaps(CLOSES.minusSeconds(1), CLOSES.plusSeconds(60))).isTrue();
        assertThat(round.overlaps(OPENS.plusSeconds(1), CLOSES.minusSeconds(1))).as("inside").isTrue();
        assertThat(round.overlaps(OPENS.minusSeconds(60), CLOSES.plusSeconds(60))).as("around").isTrue();
    }

    @Test
    void r8_4_weightsChangeOnlyBeforeTheRoundOpens() {
        var round = round();
        round.reweigh(weights(3, 2, 1), RankingRule.MEDIAN, OPENS.minusSeconds(1));
        assertThat(round.getWeights()).containsEntry(Criterion.ARTISTIC_MERIT, 3);
        assertThat(round.getRankingRule()).isEqualTo(RankingRule.MEDIAN);

        assertThatThrownBy(() -> round.reweigh(weights(1, 1, 1), RankingRule.MEDIAN, OPENS))
                .isInstanceOf(BusinessException.class).hasMessage("round.error.started");
    }

    @Test
    void r8_5_theSecretariatClosesAnOpenRoundEarly() {
        var round = round();
        var early = OPENS.plusSeconds(3600);
        round.closeAt(early);

        assertThat(round.isClosedAt(early)).isTrue();
        assertThatThrownBy(() -> round.closeAt(early.plusSeconds(1))).hasMessage("round.error.notOpen");
    }

    @Test
    void r8_6_aCastBallotScoresEveryWeightedCriterionOnTheScale() {
        var round = new ScoringRound(1, "x", OPENS, CLOSES, weights(1, 0, 1), RankingRule.MEDIAN, List.of());
        var partial = new EnumMap<Criterion, Integer>(Criterion.class);
        partial.put(Criterion.ARTISTIC_MERIT, 7);

        round.requireScores(partial, false);
        assertThatThrownBy(() -> round.requireScores(partial, true)).hasMessage("ballot.error.incomplete");
        partial.put(Criterion.SIGNIFICANCE, 10);
        round.requireScores(partial, true);
        partial.put(Criterion.SIGNIFICANCE, 11);
        assertThatThrownBy(() -> round.requireScores(partial, false)).hasMessageStartingWith("ballot.error.scale");
        partial.put(Criterion.SIGNIFICANCE, 0);
        assertThatThrownBy(() -> round.requireScores(partial, false)).hasMessageStartingWith("ballot.error.scale");
    }
}
