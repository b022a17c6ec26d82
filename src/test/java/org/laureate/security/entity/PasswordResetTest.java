package org.laureate.security.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.laureate.platform.BusinessException;

class PasswordResetTest {

    private static final Instant ISSUED = Instant.parse("2026-11-30T10:00:00Z");

    private static PasswordReset reset() {
        return new PasswordReset(new Account("someone", "hash", "Someone", "someone@example.org"), "0".repeat(64),
                ISSUED, ISSUED.plus(Duration.ofHours(24)));
    }

    @Test
    void r3_7_aLinkWorksOnce() {
        var reset = reset();
        reset.use(ISSUED.plusSeconds(60));

        assertThat(reset.isUsable(ISSUED.plusSeconds(61))).isFalse();
        assertThatThrownBy(() -> reset.use(ISSUED.plusSeconds(61))).isInstanceOf(BusinessException.class);
    }

    @Test
    void r3_7_aLinkExpires() {
        var reset = reset();

        assertThat(reset.isUsable(ISSUED.plus(Duration.ofHours(24)).minusSeconds(1))).isTrue();
        assertThat(reset.isUsable(ISSUED.plus(Duration.ofHours(24)))).isFalse();
        assertThatThrownBy(() -> reset.use(ISSUED.plus(Duration.ofHours(25)))).isInstanceOf(BusinessException.class);
    }

    @Test
    void r3_7_aWithdrawnLinkNoLongerWorks() {
        var reset = reset();
        reset.withdraw(ISSUED.plusSeconds(5));

        assertThat(reset.isUsable(ISSUED.plusSeconds(6))).isFalse();
    }
}
