package org.laureate.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditAnchorsTest {

    private static final String KEY = "a key of the secretariat, 32 chars or more";
    private static final AuditAnchors.Anchor ANCHOR =
            new AuditAnchors.Anchor(42, "ab".repeat(32), Instant.parse("2026-11-30T10:15:20Z"));

    @Test
    void r5_10_anAnchorIsReadBackFromItsSignedLine() {
        var anchors = new AuditAnchors(KEY);
        var line = anchors.line(ANCHOR);

        assertThat(line).startsWith("42 " + "ab".repeat(32) + " 2026-11-30T10:15:20Z ");
        assertThat(anchors.read(line)).isEqualTo(ANCHOR);
    }

    @Test
    void r5_10_anAlteredLineOrAnotherKeysSignatureIsRefused() {
        var line = new AuditAnchors(KEY).line(ANCHOR);
        var anchors = new AuditAnchors(KEY);

        assertThatThrownBy(() -> anchors.read(line.replace("42 ", "41 "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditAnchors("another key of 32 characters or more").read(line))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> anchors.read("42 abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> anchors.read("x " + line.substring(3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void r5_10_aShortKeyIsRefused() {
        assertThatThrownBy(() -> new AuditAnchors("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
