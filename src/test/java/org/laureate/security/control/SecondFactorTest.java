package org.laureate.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

class SecondFactorTest {

    /** RFC 6238, appendix B: the SHA-1 secret "12345678901234567890" in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final SecondFactor factor = new SecondFactor();

    @Test
    void r3_10_codesAreThoseOfRfc6238() {
        assertThat(factor.code(RFC_SECRET, SecondFactor.stepAt(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(factor.code(RFC_SECRET, SecondFactor.stepAt(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
        assertThat(factor.code(RFC_SECRET, SecondFactor.stepAt(Instant.ofEpochSecond(2000000000))))
                .isEqualTo("279037");
    }

    @Test
    void r3_11_aCodeOfTheStepEitherSideIsAcceptedButNoFurther() {
        var now = Instant.ofEpochSecond(1_800_000_000L);
        var step = SecondFactor.stepAt(now);

        assertThat(factor.match(RFC_SECRET, factor.code(RFC_SECRET, step - 1), now, s -> true)).hasValue(step - 1);
        assertThat(factor.match(RFC_SECRET, factor.code(RFC_SECRET, step + 1), now, s -> true)).hasValue(step + 1);
        assertThat(factor.match(RFC_SECRET, factor.code(RFC_SECRET, step - 2), now, s -> true)).isEmpty();
        assertThat(factor.match(RFC_SECRET, "12345", now, s -> true)).isEmpty();
        assertThat(factor.match(RFC_SECRET, null, now, s -> true)).isEmpty();
    }

    @Test
    void r3_11_aCodeOpensAnAccountOnceOnly() {
        var account = new Account("expert-x", "hash", "Эксперт", null);
        account.assign(java.util.Set.of(Role.EXPERT), null, null);
        var now = Instant.ofEpochSecond(1_800_000_000L);
        var step = SecondFactor.stepAt(now);
        account.enrolSecondFactor(RFC_SECRET, step - 1);

        var code = factor.code(RFC_SECRET, step);
        assertThat(account.useStep(factor.match(RFC_SECRET, code, now, s -> true).getAsLong())).isTrue();
        assertThat(account.useStep(factor.match(RFC_SECRET, code, now, s -> true).getAsLong()))
                .as("the same code again").isFalse();
        assertThat(account.useStep(step - 1)).as("an earlier step").isFalse();
        assertThat(account.useStep(step + 1)).isTrue();
    }

    @Test
    void r3_10_anEnrolmentOffersTheSecretAsUriAndQrCode() {
        var secret = factor.newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(factor.uri(secret, "expert")).startsWith("otpauth://totp/").contains("secret=" + secret)
                .contains("issuer=Laureate").contains("digits=6").contains("period=30");
        assertThat(factor.qrCode(secret, "expert")).startsWith("data:image/png;base64,");
    }
}
