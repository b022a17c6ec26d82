package org.laureate.nomination.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laureate.nomination.Petitions.AFTER_CALL;
import static org.laureate.nomination.Petitions.DURING_CALL;

import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.laureate.nomination.Petitions;
import org.laureate.organisation.entity.Organisation;
import org.laureate.organisation.entity.OrganisationKind;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;

class NominationTest {

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo(key);
    }

    @Test
    void r4_1_onlyAVerifiedOrganisationNominates() {
        var pending = new Organisation("Издательство", null, OrganisationKind.PUBLISHER, Country.BY);

        refused(() -> Nomination.draft(Petitions.cycle(), pending, DURING_CALL),
                "nomination.error.organisationNotVerified");
    }

    @Test
    void r4_2_theRegistrationNumberNamesCycleCountryAndSequence() {
        assertThat(Nomination.registrationNumber("2025–2026", Country.BY, 7)).isEqualTo("2025-2026/BY/007");
        assertThat(Nomination.registrationNumber("2025–2026", Country.RU, 123)).isEqualTo("2025-2026/RU/123");
    }

    @Test
    void r4_3_aSubmittedPetitionCanBeChangedUntilTheCallCloses() {
        var nomination = Petitions.complete(Petitions.cycle(), Country.BY);
        nomination.submit(DURING_CALL, 1);

        nomination.giveReasons("Уточнённые основания", DURING_CALL.plusSeconds(60));
        assertThat(nomination.getReasons()).isEqualTo("Уточнённые основания");
        assertThat(nomination.isEditableAt(AFTER_CALL)).isFalse();
        refused(() -> nomination.giveReasons("Поздно", AFTER_CALL), "nomination.error.notEditable");
    }

    @Test
    void r4_4_anAuthorOfAThirdCountryIsRefused() {
        var nomination = Nomination.draft(Petitions.cycle(), Petitions.verified(Country.RU), DURING_CALL);

        refused(() -> nomination.addNominee(Petitions.author("Айдар Нурланов", "KZ"), DURING_CALL),
                "nomination.error.citizenship");
        assertThat(nomination.getNominees()).isEmpty();
    }

    @Test
    void r4_5_aCollectiveIsNoLargerThanTheCycleAllows() {
        var nomination = Nomination.draft(Petitions.cycle(), Petitions.verified(Country.RU), DURING_CALL);
        for (int i = 0; i < 10; i++) {
            nomination.addNominee(Petitions.author("Автор " + i, "RU"), DURING_CALL);
        }

        refused(() -> nomination.addNominee(Petitions.author("Одиннадцатый", "BY"), DURING_CALL),
                "nomination.error.collectiveTooLarge");
        assertThat(nomination.getNominees()).hasSize(10);
        assertThat(nomination.getNominees().get(9).getPosition()).isEqualTo(9);
    }

    @Test
    void r4_6_submissionOnlyWhileTheCallIsOpen() {
        var early = Petitions.complete(Petitions.cycle(), Country.BY);
        refused(() -> early.submit(Instant.parse("2024-09-30T20:59:59Z"), 1), "nomination.error.callClosed");

        var late = Petitions.complete(Petitions.cycle(), Country.BY);
        refused(() -> late.submit(Instant.parse("2025-01-31T21:00:00Z"), 1), "nomination.error.callClosed");

        var inTime = Petitions.complete(Petitions.cycle(), Country.BY);
        inTime.submit(Instant.parse("2025-01-31T20:59:59Z"), 3);
        assertThat(inTime.getStatus()).isEqualTo(NominationStatus.SUBMITTED);
        assertThat(inTime.getRegistrationNumber()).isEqualTo("2025-2026/BY/003");
    }

    @Test
    void r4_7_aReturnedPetitionKeepsItsNumberWhenSubmittedAgain() {
        var nomination = Petitions.complete(Petitions.cycle(), Country.RU);
        nomination.submit(DURING_CALL, 5);
        nomination.returnForCorrection("Приложите программу", DURING_CALL.plusSeconds(3600));
        assertThat(nomination.getStatus()).isEqualTo(NominationStatus.RETURNED);
        assertThat(nomination.getDecisionReason()).isEqualTo("Приложите программу");

        nomination.submit(DURING_CALL.plusSeconds(7200), 9);

        assertThat(nomination.getRegistrationNumber()).isEqualTo("2025-2026/RU/005");
        assertThat(nomination.getDecisionReason()).isNull();
    }

    @Test
    void r4_8_withdrawalNeedsAReasonAndEndsBeforeTheMinistryDecides() {
        var nomination = Petitions.complete(Petitions.cycle(), Country.BY);
        nomination.submit(DURING_CALL, 1);
        refused(() -> nomination.withdraw(" ", DURING_CALL), "nomination.error.reasonRequired");

        nomination.withdraw("Автор отказался", DURING_CALL);
        assertThat(nomination.getStatus()).isEqualTo(NominationStatus.WITHDRAWN);

        var admitted = Petitions.complete(Petitions.cycle(), Country.BY);
        admitted.submit(DURING_CALL, 2);
        admitted.admit(AFTER_CALL);
        refused(() -> admitted.withdraw("Поздно", AFTER_CALL), "nomination.error.notWithdrawable");
    }

    @Test
    void r4_9_onlyASubmittedPetitionIsAdmitted() {
        var draft = Petitions.complete(Petitions.cycle(), Country.BY);
        refused(() -> draft.admit(DURING_CALL), "nomination.error.notSubmitted");

        draft.submit(DURING_CALL, 1);
        draft.admit(AFTER_CALL);
        assertThat(draft.getStatus()).isEqualTo(NominationStatus.ADMITTED);
        assertThat(draft.getDecidedAt()).isEqualTo(AFTER_CALL);
    }

    @Test
    void r4_10_returnForCorrectionOnlyWhileTheCallIsOpen() {
        var nomination = Petitions.complete(Petitions.cycle(), Country.BY);
        nomination.submit(DURING_CALL, 1);

        refused(() -> nomination.returnForCorrection("Исправьте", AFTER_CALL), "nomination.error.returnAfterClose");
        refused(() -> nomination.returnForCorrection("", DURING_CALL), "nomination.error.reasonRequired");
        assertThat(nomination.getStatus()).isEqualTo(NominationStatus.SUBMITTED);
    }

    @Test
    void r4_11_aRejectionCarriesItsReason() {
        var nomination = Petitions.complete(Petitions.cycle(), Country.RU);
        nomination.submit(DURING_CALL, 1);
        refused(() -> nomination.reject(null, AFTER_CALL), "nomination.error.reasonRequired");

        nomination.reject("Произведение обнародовано позже срока", AFTER_CALL);

        assertThat(nomination.getStatus()).isEqualTo(NominationStatus.REJECTED);
        assertThat(nomination.getDecisionReason()).isEqualTo("Произведение обнародовано позже срока");
    }

    @Test
    void r4_19_aChangeOnAnOutdatedVersionIsRefused() {
        var nomination = Petitions.complete(Petitions.cycle(), Country.BY);

        nomination.requireVersion(nomination.getVersion());
        assertThatThrownBy(() -> nomination.requireVersion(nomination.getVersion() - 1))
                .isInstanceOf(OptimisticLockException.class);
    }

    @Test
    void nothingChangesAfterTheCallClosed() {
        refused(() -> Nomination.draft(Petitions.cycle(), Petitions.verified(Country.BY), AFTER_CALL),
                "nomination.error.callClosed");
    }

    @Test
    void theNamesOfAuthorsAndTheTitlesOfLinksLoseCharactersThatHideOrTurnThem() {
        var author = new Nominee("\u202Eвокьлуб\u200B Виталий\u0000", "Віталь\u2066 Кульбакоў", null, "BY", null, null);
        assertThat(author.getFullNameRu()).isEqualTo("вокьлуб Виталий");
        assertThat(author.getFullNameBe()).isEqualTo("Віталь Кульбакоў");
        assertThat(Material.link("Запись\u202E4pm.exe", "https://example.org/a", DURING_CALL).getTitle())
                .isEqualTo("Запись4pm.exe");
        refused(() -> new Nominee("\u200B\u2066", null, null, "BY", null, null), "general.error.forbiddenCharacters");
    }
}
