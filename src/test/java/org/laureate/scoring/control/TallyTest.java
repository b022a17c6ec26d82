package org.laureate.scoring.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;
import static org.laureate.scoring.entity.Criterion.ARTISTIC_MERIT;
import static org.laureate.scoring.entity.Criterion.FRIENDSHIP;
import static org.laureate.scoring.entity.Criterion.SIGNIFICANCE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;

class TallyTest {

    private static final Map<Criterion, Integer> EQUAL = Map.of(ARTISTIC_MERIT, 1, FRIENDSHIP, 1, SIGNIFICANCE, 1);
    private static final Map<Criterion, Integer> ART_TWICE = Map.of(ARTISTIC_MERIT, 2, FRIENDSHIP, 1, SIGNIFICANCE, 1);
    private static final double EXACT = 1e-9;

    @Test
    void r7_1_aBallotsWeightedScoreWeighsEachCriterion() {
        var tally = new Tally(ART_TWICE, 1, 10, RankingRule.WEIGHTED_MEAN, 1);

        var only = tally.of(List.of(1L), List.of(ballot(1, 8, 6, 4))).get(0);

        // weights 2, 1, 1 and scores (8, 6, 4) → (16 + 6 + 4) / 4 = 6.5
        assertThat(only.weightedMean()).isCloseTo(6.5, within(EXACT));
    }

    @Test
    void r7_1_aCriterionOfWeightZeroIsIgnored() {
        var tally = new Tally(Map.of(ARTISTIC_MERIT, 1, FRIENDSHIP, 0, SIGNIFICANCE, 1), 1, 10,
                RankingRule.WEIGHTED_MEAN, 1);
        var ballots = List.of(ballot(1, 9, 1, 5),
                new ScoredBallot(1, Map.of(ARTISTIC_MERIT, 4, SIGNIFICANCE, 6)));

        var only = tally.of(List.of(1L), ballots).get(0);

        // A: (9 + 5) / 2 = 7, its friendship score of 1 ignored; B: (4 + 6) / 2 = 5 without any friendship score;
        // mean (7 + 5) / 2 = 6
        assertThat(only.weightedMean()).isCloseTo(6.0, within(EXACT));
    }

    @Test
    void r7_1_aBallotMissingAWeightedCriterionIsRefused() {
        var tally = new Tally(EQUAL, 1, 10, RankingRule.WEIGHTED_MEAN, 1);
        var ballots = List.of(new ScoredBallot(1, Map.of(ARTISTIC_MERIT, 4, SIGNIFICANCE, 6)));

        assertThatIllegalArgumentException().isThrownBy(() -> tally.of(List.of(1L), ballots))
                .withMessageContaining("FRIENDSHIP");
    }

    @Test
    void r7_1_aScoreOutsideTheScaleIsRefused() {
        var tally = new Tally(EQUAL, 1, 10, RankingRule.WEIGHTED_MEAN, 1);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> tally.of(List.of(1L), List.of(ballot(1, 0, 5, 5))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tally.of(List.of(1L), List.of(ballot(1, 5, 11, 5))));
        // the ends of the scale belong to it: (1 + 10 + 10) / 3 = 7
        assertThat(tally.of(List.of(1L), List.of(ballot(1, 1, 10, 10))).get(0).weightedMean())
                .isCloseTo(7.0, within(EXACT));
    }

    @Test
    void r7_2_meanMedianOfAnEvenCountAndSampleStandardDeviation() {
        var tally = new Tally(EQUAL, 1, 10, RankingRule.WEIGHTED_MEAN, 1);

        var only = tally.of(List.of(1L), scores(1, 7, 2, 10, 3)).get(0);

        // scores 2, 3, 7, 10: mean 22 / 4 = 5.5
        assertThat(only.weightedMean()).isCloseTo(5.5, within(EXACT));
        // the two middle ones (3 + 7) / 2 = 5
        assertThat(only.median()).isCloseTo(5.0, within(EXACT));
        // deviations -3.5, -2.5, 1.5, 4.5 → squares 12.25 + 6.25 + 2.25 + 20.25 = 41 → √(41 / 3) = 3.6968…
        assertThat(only.standardDeviation()).isCloseTo(Math.sqrt(41.0 / 3), within(EXACT));
    }

    @Test
    void r7_2_theMedianOfAnOddCountIsTheMiddleScore() {
        var tally = new Tally(ART_TWICE, 1, 10, RankingRule.MEDIAN, 1);
        var ballots = List.of(ballot(1, 8, 6, 4), ballot(1, 1, 1, 1), ballot(1, 10, 9, 9));

        var only = tally.of(List.of(1L), ballots).get(0);

        // A (16 + 6 + 4) / 4 = 6.5, B 1, C (20 + 9 + 9) / 4 = 9.5 → middle 6.5; mean (6.5 + 1 + 9.5) / 3 = 17 / 3
        assertThat(only.median()).isCloseTo(6.5, within(EXACT));
        assertThat(only.weightedMean()).isCloseTo(17.0 / 3, within(EXACT));
    }

    @Test
    void r7_2_aSingleBallotHasNoSpread() {
        var tally = new Tally(EQUAL, 1, 10, RankingRule.WEIGHTED_MEAN, 1);

        var only = tally.of(List.of(1L), scores(1, 4)).get(0);

        // one score of 4: mean, median and trimmed mean 4, standard deviation 0 rather than 0 / 0
        assertThat(only.weightedMean()).isCloseTo(4.0, within(EXACT));
        assertThat(only.median()).isCloseTo(4.0, within(EXACT));
        assertThat(only.trimmedMean()).isCloseTo(4.0, within(EXACT));
        assertThat(only.standardDeviation()).isCloseTo(0.0, within(EXACT));
    }

    @Test
    void r7_3_fiveBallotsDropTheHighestAndTheLowest() {
        var tally = new Tally(EQUAL, 1, 10, RankingRule.TRIMMED_MEAN, 1);

        var only = tally.of(List.of(1L), scores(1, 10, 5, 1, 7, 6)).get(0);

        // 1, 5, 6, 7, 10: mean 29 / 5 = 5.8; without 1 and 10: (5 + 6 + 7) / 3 = 6
        assertThat(only.weightedMean()).isCloseTo(5.8, within(EXACT));
        assertThat(only.trimmedMean()).isCloseTo(6.0, within(EXACT));
    }

    @Test
    void r7_3_fourBallotsKeepEveryScore() {
        var tally = new Tally(EQUAL, 1, 10, RankingRule.TRIMMED_MEAN, 1);

        var only = tally.of(List.of(1L), scores(1, 10, 5, 1, 6)).get(0);

        // 1, 5, 6, 10: fewer than five, so the trimmed mean is the mean 22 / 4 = 5.5
        assertThat(only.trimmedMean()).isCloseTo(5.5, within(EXACT));
        assertThat(only.weightedMean()).isCloseTo(5.5, within(EXACT));
    }

    @Test
    void r7_5_aPetitionWithTooFewBallotsIsNeitherPublishedNorRanked() {
        var tally = new Tally(EQUAL, 1, 10, RankingRule.WEIGHTED_MEAN, 3);
        var ballots = new ArrayList<ScoredBallot>();
        ballots.addAll(scores(1, 9, 9));
        ballots.addAll(scores(2, 3, 4, 5));

        var tallies = tally.of(List.of(1L, 3L, 2L), ballots);

        // petition 2 has 3 ballots, enough; petition 1 has 2 and petition 3 none: listed after it, in the given order
        assertThat(tallies).extracting(PetitionTally::petitionId).containsExactly(2L, 1L, 3L);
        assertThat(tallies).extracting(PetitionTally::ballots).containsExactly(3, 2, 0);
        assertThat(tallies).extracting(PetitionTally::publishable).containsExactly(true, false, false);
        assertThat(tallies).extracting(PetitionTally::rank).containsExactly(1, 0, 0);
        var tooFew = tallies.get(1);
        // (3 + 4 + 5) / 3 = 4 for the published one; the other's 9 is not shown
        assertThat(tallies.get(0).weightedMean()).isCloseTo(4.0, within(EXACT));
        assertThat(List.of(tooFew.weightedMean(), tooFew.median(), tooFew.trimmedMean(), tooFew.standardDeviation()))
                .allMatch(figure -> figure.isNaN());
        assertThat(tooFew.tied()).isFalse();
        assertThat(tooFew.distribution()).isEmpty();
    }

    @Test
    void r7_6_equalFiguresShareARankAndTheNextRankIsSkipped() {
        var tally = new Tally(EQUAL, 1, 10, RankingRule.WEIGHTED_MEAN, 1);
        var ballots = new ArrayList<ScoredBallot>();
        ballots.addAll(scores(1, 5));
        ballots.addAll(scores(2, 7));
        ballots.addAll(scores(3, 9));
        ballots.addAll(scores(4, 6, 8));

        var tallies = tally.of(List.of(1L, 2L, 3L, 4L), ballots);

        // means 5, 7, 9 and (6 + 8) / 2 = 7 → 9 first, the two 7s second, 5 fourth
        assertThat(tallies).extracting(PetitionTally::petitionId).containsExactly(3L, 2L, 4L, 1L);
        assertThat(tallies).extracting(PetitionTally::rank).containsExactly(1, 2, 2, 4);
        assertThat(tallies).extracting(PetitionTally::tied).containsExactly(false, true, true, false);
    }

    @Test
    void r7_6_theRoundsRuleOrdersTheRanking() {
        var ballots = new ArrayList<ScoredBallot>();
        ballots.addAll(scores(1, 1, 8, 8, 8, 10));
        ballots.addAll(scores(2, 7, 7, 7, 8, 8));
        List<Long> petitions = List.of(1L, 2L);

        // petition 1: mean 35 / 5 = 7, trimmed (8 + 8 + 8) / 3 = 8, median 8
        // petition 2: mean 37 / 5 = 7.4, trimmed (7 + 7 + 8) / 3 = 7.33…, median 7
        assertThat(new Tally(EQUAL, 1, 10, RankingRule.WEIGHTED_MEAN, 1).of(petitions, ballots))
                .extracting(PetitionTally::petitionId).containsExactly(2L, 1L);
        assertThat(new Tally(EQUAL, 1, 10, RankingRule.TRIMMED_MEAN, 1).of(petitions, ballots))
                .extracting(PetitionTally::petitionId).containsExactly(1L, 2L);
        assertThat(new Tally(EQUAL, 1, 10, RankingRule.MEDIAN, 1).of(petitions, ballots))
                .extracting(PetitionTally::petitionId).containsExactly(1L, 2L);
    }

    @Test
    void r7_7_theDistributionCountsBallotsPerWholePoint() {
        var tally = new Tally(ART_TWICE, 1, 10, RankingRule.WEIGHTED_MEAN, 1);
        var ballots = List.of(ballot(1, 8, 6, 4), ballot(1, 7, 6, 5), ballot(1, 7, 7, 6),
                ballot(1, 1, 1, 1), ballot(1, 10, 10, 10));

        var only = tally.of(List.of(1L), ballots).get(0);

        // A 26 / 4 = 6.5 → 7, B 25 / 4 = 6.25 → 6, C 27 / 4 = 6.75 → 7, D 1, E 10; points 1 to 10
        assertThat(only.distribution()).containsExactly(1, 0, 0, 0, 0, 1, 2, 0, 0, 1);
    }

    @Test
    void r7_8_aPetitionGivenTwiceIsRefused() {
        var tally = new Tally(EQUAL, 1, 10, RankingRule.WEIGHTED_MEAN, 1);

        assertThatIllegalArgumentException().isThrownBy(() -> tally.of(List.of(1L, 2L, 1L), List.of()));
    }

    @Test
    void r7_8_aBallotForAPetitionNotGivenIsRefused() {
        var tally = new Tally(EQUAL, 1, 10, RankingRule.WEIGHTED_MEAN, 1);

        assertThatIllegalArgumentException().isThrownBy(() -> tally.of(List.of(1L), scores(2, 5)));
    }

    @Test
    void aRoundWithoutAPositiveWeightOrWithANegativeWeightIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(Map.of(), 1, 10, RankingRule.MEDIAN, 1));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Tally(Map.of(ARTISTIC_MERIT, 0, FRIENDSHIP, 0), 1, 10, RankingRule.MEDIAN, 1));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Tally(Map.of(ARTISTIC_MERIT, 2, FRIENDSHIP, -1), 1, 10, RankingRule.MEDIAN, 1));
    }

    @Test
    void aRoundWithAnEmptyScaleOrNoBallotToPublishIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(EQUAL, 5, 5, RankingRule.MEDIAN, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(EQUAL, 10, 1, RankingRule.MEDIAN, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new Tally(EQUAL, 1, 10, RankingRule.MEDIAN, 0));
        assertThatNullPointerException().isThrownBy(() -> new Tally(EQUAL, 1, 10, null, 1));
    }

    @Test
    void aBallotKeepsItsOwnCopyOfTheScores() {
        var scores = new HashMap<Criterion, Integer>(Map.of(ARTISTIC_MERIT, 5));
        var ballot = new ScoredBallot(1, scores);
        scores.put(ARTISTIC_MERIT, 9);

        assertThat(ballot.scores()).containsExactly(Map.entry(ARTISTIC_MERIT, 5));
        assertThat(ballot).isEqualTo(new ScoredBallot(1, Map.of(ARTISTIC_MERIT, 5)));
        scores.put(FRIENDSHIP, null);
        assertThatNullPointerException().isThrownBy(() -> new ScoredBallot(1, scores));
    }

    private static ScoredBallot ballot(long petitionId, int artisticMerit, int friendship, int significance) {
        return new ScoredBallot(petitionId,
                Map.of(ARTISTIC_MERIT, artisticMerit, FRIENDSHIP, friendship, SIGNIFICANCE, significance));
    }

    /** One ballot per score, each criterion given that score. */
    private static List<ScoredBallot> scores(long petitionId, int... scores) {
        var ballots = new ArrayList<ScoredBallot>();
        for (int i = 0; i < scores.length; i++) {
            ballots.add(ballot(petitionId, scores[i], scores[i], scores[i]));
        }
        return ballots;
    }

    private static Map<Long, PetitionTally> byId(Collection<PetitionTally> tallies) {
        var byId = new HashMap<Long, PetitionTally>();
        tallies.forEach(tally -> byId.put(tally.petitionId(), tally));
        return byId;
    }
}
