package org.laureate.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private static OutboxMail mail() {
        return new OutboxMail("org@example.by", "Тема", "Текст", NOW);
    }

    @Test
    void r6_6_eachFailedAttemptWaitsTwiceAsLongUpToSixHours() {
        assertThat(OutboxMail.pauseAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxMail.pauseAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxMail.pauseAfter(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxMail.pauseAfter(11)).isEqualTo(Duration.ofHours(6));
        assertThat(OutboxMail.pauseAfter(40)).isEqualTo(Duration.ofHours(6));

        var mail = mail();
        mail.failed("connection refused", NOW);
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(mail.getLastError()).isEqualTo("connection refused");
        mail.failed("connection refused", NOW.plusSeconds(30));
        assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(90));
        assertThat(mail.isGivenUp()).isFalse();
    }

    @Test
    void r6_6_aMailIsGivenUpAfterItsLastAttempt() {
        var mail = mail();
        for (int i = 1; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.failed("refused", NOW);
            assertThat(mail.isGivenUp()).isFalse();
        }
        mail.failed("refused", NOW.plusSeconds(1));
        assertThat(mail.isGivenUp()).isTrue();
        assertThat(mail.getGivenUpAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(mail.getNextAttemptAt()).isNull();
        assertThat(mail.getAttempts()).isEqualTo(OutboxMail.MAX_ATTEMPTS);
    }

    @Test
    void r6_7_onlyAGivenUpMailIsSentAgainWithItsAttemptsCountedAfresh() {
        var mail = mail();
        assertThatThrownBy(mail::resend).isInstanceOf(IllegalStateException.class);
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            mail.failed("refused", NOW);
        }
        mail.resend();
        assertThat(mail.isGivenUp()).isFalse();
        assertThat(mail.getAttempts()).isZero();
        assertThat(mail.getNextAttemptAt()).isNull();
        mail.sent(NOW);
        assertThatThrownBy(mail::resend).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void r6_4_aMailIsDueUntilSentOrGivenUpAndNotDuringItsPause() {
        var mail = mail();
        assertThat(mail.isDueAt(NOW)).isTrue();
        mail.failed("refused", NOW);
        assertThat(mail.isDueAt(NOW.plusSeconds(29))).as("tried by another server a moment ago").isFalse();
        assertThat(mail.isDueAt(NOW.plusSeconds(30))).isTrue();
        mail.sent(NOW.plusSeconds(30));
        assertThat(mail.isDueAt(NOW.plusSeconds(60))).isFalse();
        var givenUp = mail();
        for (int i = 0; i < OutboxMail.MAX_ATTEMPTS; i++) {
            givenUp.failed("refused", NOW);
        }
        assertThat(givenUp.isDueAt(NOW.plus(Duration.ofDays(1)))).isFalse();
    }
}
