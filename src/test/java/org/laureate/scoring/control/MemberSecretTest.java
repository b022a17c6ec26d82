package org.laureate.scoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class MemberSecretTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @Test
    void r9_5_theSecretOpensWithItsPasswordOnly() {
        var secret = MemberSecret.generate();
        var sealed = secret.sealUnder(PASSWORD);

        assertThat(MemberSecret.open(sealed, PASSWORD)).contains(secret);
        assertThat(MemberSecret.open(sealed, "wrong password".toCharArray())).isEmpty();
    }

    @Test
    void r9_5_theSealedFormHoldsNeitherTheSecretNorThePassword() {
        var secret = MemberSecret.generate();
        var sealed = secret.sealUnder(PASSWORD);
        var again = secret.sealUnder(PASSWORD);

        assertThat(sealed.sealedSecret()).isNotEqualTo(again.sealedSecret());
        assertThat(sealed.salt()).isNotEqualTo(again.salt());
        assertThat(sealed.toString()).doesNotContain(new String(PASSWORD));
        assertThat(secret.toString()).isEqualTo("MemberSecret[hidden]");
    }

    @Test
    void r9_4_whatTheDatabaseHoldsIsTheSealedSecretNeverTheSecretInTheClear() throws Exception {
        var secret = MemberSecret.generate();
        var field = MemberSecret.class.getDeclaredField("secret");
        field.setAccessible(true);
        var clear = (byte[]) field.get(secret);

        var stored = secret.sealUnder(PASSWORD);

        var sealed = Base64.getDecoder().decode(stored.sealedSecret());
        assertThat(sealed).as("initialisation vector, ciphertext, tag").hasSize(12 + clear.length + 16);
        for (int i = 0; i + clear.length <= sealed.length; i++) {
            assertThat(Arrays.copyOfRange(sealed, i, i + clear.length)).isNotEqualTo(clear);
        }
        for (var spelling : new String[] {HexFormat.of().formatHex(clear), Base64.getEncoder().encodeToString(clear),
            new String(PASSWORD)}) {
            assertThat(stored.salt()).doesNotContain(spelling);
            assertThat(stored.sealedSecret()).doesNotContain(spelling);
        }
    }

    @Test
    void r9_6_keysAndPseudonymsAreStableForOneMemberAndDifferForAnother() {
        var mine = MemberSecret.generate();
        var theirs = MemberSecret.generate();

        assertThat(mine.ballotKey(1, 2)).isEqualTo(mine.ballotKey(1, 2)).hasSize(64)
                .isNotEqualTo(mine.ballotKey(1, 3))
                .isNotEqualTo(mine.ballotKey(2, 2))
                .isNotEqualTo(theirs.ballotKey(1, 2));
        assertThat(mine.pseudonym(1)).isEqualTo(mine.pseudonym(1)).isNotEqualTo(mine.pseudonym(2))
                .isNotEqualTo(theirs.pseudonym(1))
                .isNotEqualTo(mine.ballotKey(1, 0));
    }

    @Test
    void r9_7_aSealedNoteOpensWithItsSecretOnly() {
        var mine = MemberSecret.generate();
        var sealed = mine.sealText("Сильная работа, но вторичная");

        assertThat(sealed).doesNotContain("работа");
        assertThat(mine.openText(sealed)).contains("Сильная работа, но вторичная");
        assertThat(MemberSecret.generate().openText(sealed)).isEmpty();
        assertThat(mine.sealText(null)).isNull();
        assertThat(mine.openText(null)).isEmpty();
    }
}
