package org.laureate.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laureate.platform.Notice;

class MailTemplatesTest {

    private static final Instant NOW = Instant.parse("2025-06-10T09:00:00Z");

    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ru, 'Ходатайство 2025-2026/BY/007 отклонено', Причина: работа обнародована после 1 марта",
        "be, 'Хадайніцтва 2025-2026/BY/007 адхілена', Прычына: работа обнародована после 1 марта",
        "en, 'Petition 2025-2026/BY/007 rejected', Reason: работа обнародована после 1 марта"
    })
    void r6_2_theMailIsWrittenInTheRecipientsLanguageWithTheArguments(String language, String subject,
            String reason) {
        var mail = templates.write(Notice.of("org@example.by", language, "nomination.rejected", "2025-2026/BY/007",
                "Песні ваенных гадоў", "работа обнародована после 1 марта"), NOW);

        assertThat(mail.getRecipient()).isEqualTo("org@example.by");
        assertThat(mail.getSubject()).isEqualTo(subject);
        assertThat(mail.getBody()).contains("2025-2026/BY/007", "Песні ваенных гадоў", reason)
                .doesNotContain("{");
        assertThat(mail.getCreatedAt()).isEqualTo(NOW);
        assertThat(mail.isSent()).isFalse();
        assertThat(mail.getAttempts()).isZero();
    }

    @Test
    void r6_2_anyOtherLanguageGetsRussian() {
        var mail = templates.write(Notice.of("org@example.ru", "de", "organisation.verified", "Музей Победы"), NOW);

        assertThat(mail.getSubject()).isEqualTo("Организация «Музей Победы» подтверждена");
    }

    @Test
    void r6_2_anApostropheInAnArgumentIsKeptAsWritten() {
        var mail = templates.write(Notice.of("a@example.org", "be", "organisation.registered",
                "Саюз кампазітараў ’Сям'я’"), NOW);

        assertThat(mail.getSubject()).isEqualTo("Арганізацыя «Саюз кампазітараў ’Сям'я’» зарэгістравана");
    }

    @Test
    void r6_2_everyMailKeyHasASubjectAndABodyInEveryLanguage() {
        for (String key : new String[] {"organisation.registered", "organisation.verified", "organisation.rejected",
            "nomination.submitted", "nomination.returned", "nomination.admitted", "nomination.rejected"}) {
            for (String language : MailTemplates.LANGUAGES) {
                var mail = templates.write(Notice.of("a@example.org", language, key, "A", "B", "C"), NOW);
                assertThat(mail.getSubject()).as("%s in %s", key, language).isNotBlank().doesNotContain("{");
                assertThat(mail.getBody()).as("%s in %s", key, language).contains("A").doesNotContain("{");
            }
        }
    }

    @Test
    void aKeyWithoutItsTextsIsRefused() {
        assertThatThrownBy(() -> templates.write(Notice.of("a@example.org", "ru", "no.such.mail"), NOW))
                .isInstanceOf(MissingResourceException.class);
    }
}
