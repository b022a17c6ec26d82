package org.laureate.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-10-05T09:00:00Z");
    private static final LegalDetails MINSK = new LegalDetails("190 000 001", "Минск, пр. Независимости, 4",
            "Ірына Каваленка", "union@example.by");

    private static Organisation pending() {
        return Organisation.register("Белорусский союз дизайнеров", "Беларускі саюз дызайнераў",
                OrganisationKind.CREATIVE_UNION, Country.BY, MINSK, "be", NOW);
    }

    private static void assertRefused(ThrowingCallable action, String key) {
        assertThatThrownBy(action)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo(key);
    }

    @Test
    void r2_1_aRegisteredOrganisationIsPendingAndMayNotNominate() {
        var organisation = pending();

        assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.PENDING);
        assertThat(organisation.mayNominate()).isFalse();
        assertThat(organisation.getRegisteredAt()).isEqualTo(NOW);
        assertThat(organisation.getContactLanguage()).isEqualTo("be");
    }

    @Test
    void r2_1_aVerifiedOrganisationMayNominate() {
        var organisation = pending();

        organisation.verify();

        assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.VERIFIED);
        assertThat(organisation.mayNominate()).isTrue();
        assertThat(organisation.getDecisionReason()).isNull();
    }

    @Test
    void r2_2_aBelarusianNameAloneAlsoStandsAsTheRussianOne() {
        var organisation = new Organisation(" ", "Нацыянальны акадэмічны Вялікі тэатр оперы і балета",
                OrganisationKind.CULTURAL_INSTITUTION, Country.BY);

        assertThat(organisation.getNameRu()).isEqualTo("Нацыянальны акадэмічны Вялікі тэатр оперы і балета");
        assertThat(organisation.getNameBe()).isEqualTo(organisation.getNameRu());
        assertRefused(() -> new Organisation(null, "  ", OrganisationKind.MEDIA, Country.RU),
                "organisation.error.nameRequired");
    }

    @Test
    void r2_2_aRussianNameAloneLeavesTheBelarusianEmpty() {
        var organisation = new Organisation("Союз писателей России", null, OrganisationKind.CREATIVE_UNION,
                Country.RU);

        assertThat(organisation.getNameRu()).isEqualTo("Союз писателей России");
        assertThat(organisation.getNameBe()).isNull();
    }

    @Test
    void r2_3_onlyAPendingOrganisationIsDecided() {
        var verified = pending();
        verified.verify();
        var rejected = pending();
        rejected.reject("Не представлены учредительные документы");

        assertRefused(verified::verify, "organisation.error.decided");
        assertRefused(() -> verified.reject("late"), "organisation.error.decided");
        assertRefused(rejected::verify, "organisation.error.decided");
        assertThat(verified.getStatus()).isEqualTo(OrganisationStatus.VERIFIED);
        assertThat(rejected.getStatus()).isEqualTo(OrganisationStatus.REJECTED);
    }

    @Test
    void r2_4_aRejectionNeedsAReasonThatIsKept() {
        var organisation = pending();

        assertRefused(() -> organisation.reject("   "), "organisation.error.reasonRequired");
        assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.PENDING);

        organisation.reject("  Не представлены учредительные документы ");

        assertThat(organisation.getStatus()).isEqualTo(OrganisationStatus.REJECTED);
        assertThat(organisation.getDecisionReason()).isEqualTo("Не представлены учредительные документы");
        assertThat(organisation.mayNominate()).isFalse();
    }

    @Test
    void r2_5_theRegistrationNumberHasTheFormOfItsCountry() {
        assertThat(pending().getLegalNumber()).isEqualTo("190000001");

        assertRefused(() -> Organisation.register("Музей", null, OrganisationKind.CULTURAL_INSTITUTION, Country.RU,
                MINSK, "ru", NOW), "organisation.error.legalNumber.RU");
        var moscow = new LegalDetails("1027700000001", "Москва", "Анна Смирнова", "museum@example.ru");
        assertThat(Organisation.register("Музей", null, OrganisationKind.CULTURAL_INSTITUTION, Country.RU, moscow,
                "ru", NOW).getLegalNumber()).isEqualTo("1027700000001");
        assertRefused(() -> Organisation.register("Союз", null, OrganisationKind.CREATIVE_UNION, Country.BY, moscow,
                "ru", NOW), "organisation.error.legalNumber.BY");
        assertRefused(() -> Organisation.register("Союз", null, OrganisationKind.CREATIVE_UNION, Country.BY,
                new LegalDetails("190000001", "", "Ірына", "a@example.by"), "ru", NOW),
                "organisation.error.detailsRequired");
    }
}
