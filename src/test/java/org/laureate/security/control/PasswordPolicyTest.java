package org.laureate.security.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.laureate.platform.BusinessException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private void refused(String username, String password, String key) {
        assertThatThrownBy(() -> policy.check(username, password))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo(key);
    }

    @Test
    void r3_9_aPasswordHasAtLeastTenCharacters() {
        refused("someone", "short-one", "password.error.tooShort");
        refused("someone", "x".repeat(201), "password.error.tooLong");
        assertThatCode(() -> policy.check("someone", "ten chars!")).doesNotThrowAnyException();
    }

    @Test
    void r3_9_theCommonestPasswordsAreRefusedWhateverTheirCase() {
        refused("someone", "1234567890", "password.error.common");
        refused("someone", "Password123", "password.error.common");
        refused("someone", "ЙЦУКЕНГШЩЗ", "password.error.common");
    }

    @Test
    void r3_9_aPasswordDoesNotContainTheUsername() {
        refused("chair-by", "my chair-by password", "password.error.username");
    }
}
