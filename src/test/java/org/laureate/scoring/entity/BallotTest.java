package org.laureate.scoring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Column;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BallotTest {

    @Test
    void eachCriterionIsKeptInItsOwnColumnAndReadBackAsCast() {
        for (var criterion : Criterion.values()) {
            var scores = Map.of(criterion, 7);
            assertThat(new Ballot(1, 2, "receipt", scores).getScores()).isEqualTo(scores);
        }
        var all = Map.of(Criterion.ARTISTIC_MERIT, 9, Criterion.FRIENDSHIP, 4, Criterion.SIGNIFICANCE, 1);
        assertThat(new Ballot(1, 2, "receipt", all).getScores()).isEqualTo(all);
    }

    @Test
    void eachCriterionsColumnIsTheOneItsScoreIsMappedTo() throws Exception {
        // the statement that revises ballots names the columns itself: they must be the mapped ones
        var ballot = new Ballot(1, 2, "receipt", Map.of());
        for (var criterion : Criterion.values()) {
            var mapped = Arrays.stream(Ballot.class.getDeclaredFields())
                    .filter(field -> Ballot.column(criterion).equals(field.isAnnotationPresent(Column.class)
                            && !field.getAnnotation(Column.class).name().isEmpty()
                            ? field.getAnnotation(Column.class).name() : field.getName()))
                    .toList();
            assertThat(mapped).as(criterion.name()).hasSize(1);
            mapped.get(0).setAccessible(true);
            mapped.get(0).set(ballot, 7);
            assertThat(ballot.getScores()).as(criterion.name()).containsEntry(criterion, 7);
            mapped.get(0).set(ballot, null);
        }
    }

    @Test
    void theColumnsAsTheRoundsTallyReadsThemLeaveOutTheCriteriaWithoutAScore() {
        var expected = new EnumMap<Criterion, Integer>(Criterion.class);
        expected.put(Criterion.ARTISTIC_MERIT, 3);
        expected.put(Criterion.SIGNIFICANCE, 10);
        assertThat(Ballot.scores(3, null, 10)).isEqualTo(expected);
        assertThat(Ballot.scores(null, null, null)).isEmpty();
    }

    @Test
    void aCriterionWithoutAScoreIsRefused() {
        var scores = new HashMap<Criterion, Integer>();
        scores.put(Criterion.FRIENDSHIP, null);
        assertThatThrownBy(() -> new Ballot(1, 2, "receipt", scores)).isInstanceOf(NullPointerException.class);
    }
}
