package org.laureate.scoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    @Test
    void r9_8_aReceiptIsARandomCodeInGroupsOfFour() {
        var codes = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var code = Receipt.issue();
            assertThat(code).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
    }

    @Test
    void r9_8_theBoardShowsTheSha256OfTheCode() {
        // sha256("ABCD-EFGH-JKLM-NPQR"), computed with: printf %s ABCD-EFGH-JKLM-NPQR | sha256sum
        assertThat(Receipt.hash("ABCD-EFGH-JKLM-NPQR"))
                .isEqualTo("2356329028e8ba9d57b3f7b33fef1b1f6d35dc228c095c4959bb873738fc2f3c");
    }
}
