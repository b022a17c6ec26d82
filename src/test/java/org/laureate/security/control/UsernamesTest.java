package org.laureate.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void r3_15_fullWidthAndInvisibleCharactersAreNormalisedAway() {
        assertThat(Usernames.normalise("ａｄｍｉｎ")).isEqualTo("admin");
        assertThat(Usernames.normalise("a\u200bdmin")).isEqualTo("admin");
        assertThat(Usernames.normalise(" Ad\u00admin\u2060\ufeff ")).isEqualTo("admin");
        assertThat(Usernames.normalise("ad\u202emin")).isEqualTo("admin");
        assertThat(Usernames.normalise("ＡＤＭＩＮ")).isEqualTo("admin");
        assertThat(Usernames.normalise(null)).isNull();
    }

    @Test
    void r3_15_lookAlikesThatAreOtherLettersStayOtherLetters() {
        assertThat(Usernames.normalise("ädmin")).isNotEqualTo("admin");
        assertThat(Usernames.normalise("аdmin")).as("a Cyrillic а").isNotEqualTo("admin");
    }
}
