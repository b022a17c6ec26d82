package org.laureate.nomination.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laureate.nomination.Petitions.DURING_CALL;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.laureate.cycle.entity.ArtField;
import org.laureate.nomination.Petitions;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.PublicityForm;
import org.laureate.platform.Country;

class EligibilityPolicyTest {

    private final EligibilityPolicy policy = new EligibilityPolicy();

    @Test
    void aCompletePetitionPassesEveryRule() {
        var checks = policy.check(Petitions.complete(Petitions.cycle(), Country.BY));

        assertThat(checks).extracting(EligibilityCheck::rule).containsExactly(EligibilityRule.values());
        assertThat(checks).allMatch(EligibilityCheck::passed);
        assertThat(policy.firstFailure(Petitions.complete(Petitions.cycle(), Country.BY))).isEmpty();
    }

    @Test
    void r4_12_aMissingPartIsNamed() {
        var nomination = Nomination.draft(Petitions.cycle(), Petitions.verified(Country.BY), DURING_CALL);
        assertThat(policy.firstFailure(nomination)).get()
                .extracting(EligibilityCheck::messageKey).isEqualTo("eligibility.missing.nominees");

        nomination.addNominee(Petitions.author("Автор", "BY"), DURING_CALL);
        assertThat(policy.firstFailure(nomination)).get()
                .extracting(EligibilityCheck::messageKey).isEqualTo("eligibility.missing.work");

        nomination.describeWork("Труд", ArtField.LITERATURE, PublicityForm.PUBLICATION, LocalDate.of(2023, 1, 1),
                null, DURING_CALL);
        nomination.giveReasons("Основания", DURING_CALL);
        assertThat(policy.firstFailure(nomination)).get()
                .extracting(EligibilityCheck::messageKey).isEqualTo("eligibility.missing.materials");
    }

    @Test
    void r4_13_aWorkMadePublicAfterTheCutOffFails() {
        var nomination = Petitions.complete(Petitions.cycle(), Country.RU);
        nomination.describeWork("Выставка", ArtField.VISUAL_ARTS, PublicityForm.EXHIBITION_OPENING,
                LocalDate.of(2024, 3, 2), null, DURING_CALL);

        var failure = policy.firstFailure(nomination);

        assertThat(failure).get().extracting(EligibilityCheck::rule).isEqualTo(EligibilityRule.PUBLICITY_DATE);
        assertThat(failure.get().arguments()).containsExactly("2024-03-02", "2024-03-01");
    }

    @Test
    void r4_13_aWorkMadePublicOnTheCutOffDayPasses() {
        var nomination = Petitions.complete(Petitions.cycle(), Country.RU);
        nomination.describeWork("Выставка", ArtField.VISUAL_ARTS, PublicityForm.EXHIBITION_OPENING,
                LocalDate.of(2024, 3, 1), null, DURING_CALL);

        assertThat(policy.firstFailure(nomination)).isEmpty();
    }
}
