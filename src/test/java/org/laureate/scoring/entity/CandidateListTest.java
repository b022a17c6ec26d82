package org.laureate.scoring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laureate.platform.Country;

class CandidateListTest {

    private static final Instant NOW = Instant.parse("2025-06-19T12:00:00Z");

    @Test
    void r10_1_atLeastOneCandidateEachOnce() {
        assertThatThrownBy(() -> new CandidateList(1, List.of(), NOW)).hasMessage("candidates.error.empty");
        assertThatThrownBy(() -> new CandidateList(1, List.of(5L, 5L), NOW)).hasMessage("candidates.error.empty");
    }

    @Test
    void r10_3_bothCoChairsConfirmEachOnce() {
        var list = new CandidateList(1, List.of(5L, 6L), NOW);
        list.confirm(Country.BY, 100);
        assertThat(list.getStatus()).isEqualTo(CandidateListStatus.PROPOSED);
        assertThatThrownBy(() -> list.confirm(Country.BY, 101)).hasMessage("candidates.error.alreadyConfirmed");

        list.confirm(Country.RU, 200);
        assertThat(list.getStatus()).isEqualTo(CandidateListStatus.CONFIRMED);
        assertThat(list.isConfirmedBy(Country.RU)).isTrue();
    }

    @Test
    void r10_2_aNewProposalAsksBothCoChairsAgain() {
        var list = new CandidateList(1, List.of(5L, 6L), NOW);
        list.confirm(Country.BY, 100);
        list.confirm(Country.RU, 200);

        list.propose(List.of(6L, 7L), NOW.plusSeconds(60));

        assertThat(list.getStatus()).isEqualTo(CandidateListStatus.PROPOSED);
        assertThat(list.getNominationIds()).containsExactly(6L, 7L);
        assertThat(list.isConfirmedBy(Country.BY)).isFalse();
    }

    @Test
    void r10_4_onlyAConfirmedListIsPublishedAndThenNeverChanged() {
        var list = new CandidateList(1, List.of(5L), NOW);
        assertThatThrownBy(() -> list.publish(NOW)).hasMessage("candidates.error.notConfirmed");
        list.confirm(Country.BY, 100);
        list.confirm(Country.RU, 200);

        list.publish(NOW);

        assertThat(list.getStatus()).isEqualTo(CandidateListStatus.PUBLISHED);
        assertThat(list.getPublishedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> list.propose(List.of(6L), NOW)).hasMessage("candidates.error.published");
        assertThatThrownBy(() -> list.confirm(Country.BY, 100)).hasMessage("candidates.error.notProposed");
    }

    @Test
    void r10_3_aProposalAwaitsEachCoChairUntilTheyConfirm() {
        var list = new CandidateList(1, List.of(5L), NOW);
        assertThat(list.awaits(Country.BY)).isTrue();
        assertThat(list.awaits(Country.RU)).isTrue();

        list.confirm(Country.BY, 100);

        assertThat(list.awaits(Country.BY)).isFalse();
        assertThat(list.awaits(Country.RU)).isTrue();
        list.confirm(Country.RU, 200);
        assertThat(list.awaits(Country.RU)).as("a confirmed list awaits nobody").isFalse();
    }
}
