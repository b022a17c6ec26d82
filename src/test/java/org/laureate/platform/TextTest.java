package org.laureate.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void textWithLineBreaksAndCyrillicIsClean() {
        assertThat(Text.isClean("Ўладзімір Іваноў\r\n\tСпектакль «Общая сцена»")).isTrue();
        assertThat(Text.isClean(null)).isTrue();
    }

    @Test
    void nulOtherControlsAndBidiOverridesAreNot() {
        assertThat(Text.isClean("title\u0000")).isFalse();
        assertThat(Text.isClean("bell\u0007")).isFalse();
        assertThat(Text.isClean("doc\u202Efdp.exe")).isFalse();
        assertThat(Text.isClean("isolate\u2067x\u2069")).isFalse();
    }

    @Test
    void aNameLosesControlBidiAndInvisibleCharacters() {
        assertThat(Text.cleanName(" Программа\u202Efdp.exe ")).isEqualTo("Программаfdp.exe");
        assertThat(Text.cleanName("a\u200Bdm\u0000in\uFEFF")).isEqualTo("admin");
        assertThat(Text.cleanName(null)).isNull();
    }
}
