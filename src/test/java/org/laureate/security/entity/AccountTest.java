package org.laureate.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;

class AccountTest {

    private static final Long UNION = 7L;

    private static Account account() {
        return new Account("someone", "hash", "Ірына Каваленка", null);
    }

    @Test
    void r3_1_aMinistryAccountNeedsItsCountry() {
        var account = account();

        assertThatThrownBy(() -> account.assign(Set.of(Role.MINISTRY), null, null))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo("account.error.ministryNeedsCountry");
        assertThat(account.getRoles()).isEmpty();

        account.assign(Set.of(Role.MINISTRY), Country.BY, UNION);
        assertThat(account.getCountry()).isEqualTo(Country.BY);
        assertThat(account.getOrganisationId()).as("only an organisation account keeps an organisation").isNull();
    }

    @Test
    void r3_2_anOrganisationAccountNeedsItsOrganisation() {
        var account = account();

        assertThatThrownBy(() -> account.assign(Set.of(Role.ORGANISATION), Country.RU, null))
                .isInstanceOf(BusinessException.class);

        account.assign(Set.of(Role.ORGANISATION), Country.RU, UNION);
        assertThat(account.getOrganisationId()).isEqualTo(UNION);
        assertThat(account.getCountry()).as("only a ministry account keeps a country").isNull();
    }

    @Test
    void r3_3_aCoChairIsAlsoAMemberOfTheCouncil() {
        var account = account();

        account.assign(Set.of(Role.EXPERT_CHAIR), null, null);

        assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.EXPERT_CHAIR, Role.EXPERT);
    }

    @Test
    void r3_19_anAccountTheSecretariatOpensHasNoPasswordUntilItsHolderSetsOne() {
        var opened = new Account("someone", "Ірына Каваленка", "someone@example.org");

        assertThat(opened.hasPassword()).isFalse();
        assertThat(opened.getPasswordHash()).as("nothing a password could match").isEmpty();
        assertThatThrownBy(() -> new Account("someone", "Ірына Каваленка", null))
                .as("the link to set it needs an address").isInstanceOf(NullPointerException.class);

        opened.changePassword("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==");

        assertThat(opened.hasPassword()).isTrue();
        assertThat(opened.getPasswordHash()).contains("PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==");
        assertThat(account().hasPassword()).as("an account stored with a hash").isTrue();
    }

    @Test
    void reassigningReplacesTheRoles() {
        var account = account();
        account.assign(Set.of(Role.ADMIN, Role.COUNCIL), null, null);

        account.assign(Set.of(Role.EXPERT), null, null);

        assertThat(account.getRoles()).containsExactly(Role.EXPERT);
        assertThat(account.has(Role.ADMIN)).isFalse();
    }

    @Test
    void r3_5_aUsernameIs3To60LowerCaseLettersDigitsDotsDashesOrUnderscores() {
        assertThat(List.of("abc", "a.b-c_d", "9th-theatre", "a" + "b".repeat(59)))
                .allMatch(name -> name.matches(Account.USERNAME_PATTERN));
        assertThat(List.of("ab", "a" + "b".repeat(60), "Abc", "a b", ".abc", "-abc", "abc@x", "абв"))
                .noneMatch(name -> name.matches(Account.USERNAME_PATTERN));
    }

    @Test
    void r3_10_theRolesThatScoreDecideOrRunTheCycleNeedASecondFactor() {
        for (Role role : Role.values()) {
            var account = account();
            account.assign(Set.of(role), role == Role.MINISTRY ? Country.BY : null,
                    role == Role.ORGANISATION ? UNION : null);
            assertThat(account.needsSecondFactor()).as(role.name())
                    .isEqualTo(role != Role.MINISTRY && role != Role.ORGANISATION);
        }
    }

    @Test
    void r3_12_aResetSecondFactorIsEnrolledAgain() {
        var account = account();
        account.assign(Set.of(Role.ADMIN), null, null);
        account.enrolSecondFactor("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", 100);

        account.resetSecondFactor();

        assertThat(account.hasSecondFactor()).isFalse();
        assertThat(account.useStep(50)).as("a new enrolment starts afresh").isTrue();
    }
}
