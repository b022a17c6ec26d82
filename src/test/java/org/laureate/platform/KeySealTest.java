package org.laureate.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class KeySealTest {

    private final KeySeal seal = new KeySeal("the seal of the test");

    @Test
    void r9_28_aSealedKeyHoldsNothingOfTheKeyAndOpensOnlyUnderItsSeal() {
        var privateKey = BlindRsa.generateEncoded().privateKey();

        var sealed = seal.seal(privateKey);
        assertThat(sealed).startsWith(KeySeal.PREFIX).doesNotContain(privateKey.substring(0, 40));
        assertThat(KeySeal.isSealed(sealed)).isTrue();
        assertThat(seal.seal(privateKey)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(seal.open(sealed)).isEqualTo(privateKey);
        assertThat(BlindRsa.privateKey(seal.open(sealed))).isNotNull();

        assertThatThrownBy(() -> new KeySeal("another seal").open(sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("laureate.key.seal");
        var bytes = Base64.getDecoder().decode(sealed.substring(KeySeal.PREFIX.length()));
        bytes[bytes.length - 1] ^= 1;
        var tampered = KeySeal.PREFIX + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> seal.open(tampered)).as("a changed byte is found")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void r9_28_aKeyStoredBeforeThereWasASealIsReadAsItIs() {
        var privateKey = BlindRsa.generateEncoded().privateKey();
        assertThat(KeySeal.isSealed(privateKey)).isFalse();
        assertThat(seal.open(privateKey)).isEqualTo(privateKey);
        assertThatThrownBy(() -> new KeySeal(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
