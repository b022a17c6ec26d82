package org.laureate.council.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laureate.council.entity.CouncilMember;
import org.laureate.council.entity.DeclaredConflict;
import org.laureate.council.entity.Recusal;
import org.laureate.platform.Country;

class ConflictPolicyTest {

    private final ConflictPolicy policy = new ConflictPolicy();

    @Test
    void r9_9_aMemberIsRecusedFromTheirOwnOrganisationsPetitions() {
        var member = new CouncilMember(1, 10, false, Country.RU, 77L);

        assertThat(policy.recusal(member, 3, 500, 77L, List.of())).contains(Recusal.ORGANISATION);
        assertThat(policy.recusal(member, 3, 501, 78L, List.of())).isEmpty();
        assertThat(policy.recusal(new CouncilMember(1, 11, false, Country.BY, null), 3, 500, 77L, List.of()))
                .isEmpty();
    }

    @Test
    void r9_10_aDeclaredConflictRecusesFromThatPetitionInThatRoundOnly() {
        var declared = List.of(new DeclaredConflict(3, 42, 500, "Научный руководитель автора"));

        assertThat(policy.recusal(42L, null, 3, 500, 77L, declared)).contains(Recusal.DECLARED);
        assertThat(policy.recusal(42L, null, 3, 501, 77L, declared)).isEmpty();
        assertThat(policy.recusal(42L, null, 4, 500, 77L, declared)).isEmpty();
        assertThat(policy.recusal(43L, null, 3, 500, 77L, declared)).isEmpty();
    }

    @Test
    void r12_12_atTheFinalVoteAConflictDeclaredInAnyRoundRecuses() {
        var declared = List.of(new DeclaredConflict(3, 42, 500, "Научный руководитель автора"),
                new DeclaredConflict(4, 42, 502, "Соавтор"));

        assertThat(policy.recusalInAnyRound(42L, 77L, 500, 78L, declared)).contains(Recusal.DECLARED);
        assertThat(policy.recusalInAnyRound(42L, 77L, 502, 78L, declared)).contains(Recusal.DECLARED);
        assertThat(policy.recusalInAnyRound(42L, 77L, 501, 77L, declared)).contains(Recusal.ORGANISATION);
        assertThat(policy.recusalInAnyRound(42L, 77L, 501, 78L, declared)).isEmpty();
        assertThat(policy.recusalInAnyRound(43L, null, 500, 78L, declared)).isEmpty();
    }
}
