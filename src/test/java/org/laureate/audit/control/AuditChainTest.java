package org.laureate.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laureate.audit.entity.AuditEntry;
import org.laureate.platform.StateChange;

class AuditChainTest {

    private static final Instant NOW = Instant.parse("2025-01-31T20:59:59.123456789Z");

    private final AuditChain chain = new AuditChain();

    private List<AuditEntry> chainOf(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        var previous = AuditChain.GENESIS;
        for (int i = 0; i < length; i++) {
            var entry = chain.next(previous, NOW.plusSeconds(i), "ministry-by",
                    new StateChange("Nomination", String.valueOf(i), "admit", "SUBMITTED", "ADMITTED"));
            entries.add(entry);
            previous = entry.getHash();
        }
        return entries;
    }

    private static String sha256(String text) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    private static void forge(AuditEntry entry, String field, Object value) throws Exception {
        Field declared = AuditEntry.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(entry, value);
    }

    @Test
    void r5_3_theHashCoversEveryPartInTheDocumentedOrder() throws Exception {
        var entry = chain.next(AuditChain.GENESIS, NOW, "admin",
                new StateChange("AwardCycle", "7", "advance", "DRAFT", "CALL_OPEN"));

        assertThat(entry.getOccurredAt()).as("kept to the second, as every database keeps it")
                .isEqualTo(Instant.parse("2025-01-31T20:59:59Z"));
        assertThat(entry.getPreviousHash()).isEqualTo("0".repeat(64));
        assertThat(entry.getHash()).isEqualTo(sha256(
                "0".repeat(64) + "|2025-01-31T20:59:59Z|admin|AwardCycle|7|advance|DRAFT|CALL_OPEN"));
    }

    @Test
    void r5_3_anAbsentStateIsHashedAsEmptyTextAndCyrillicAsUtf8() throws Exception {
        var entry = chain.next("a".repeat(64), NOW, "system",
                new StateChange("Organisation", "12", "register", null, "Беларускі саюз кампазітараў"));

        assertThat(entry.getBefore()).isNull();
        assertThat(entry.getHash()).isEqualTo(sha256("a".repeat(64)
                + "|2025-01-31T20:59:59Z|system|Organisation|12|register||Беларускі саюз кампазітараў"));
    }

    @Test
    void r5_3_aTextLongerThanItsColumnIsCutBeforeHashingAndNeverInsideACharacter() {
        var longState = "ў".repeat(AuditEntry.STATE_MAX - 1) + "\uD83D\uDCDA" + "more";

        var entry = chain.next(AuditChain.GENESIS, NOW, "system",
                new StateChange("Nomination", "1", "edit", longState, null));

        assertThat(entry.getBefore()).hasSize(AuditEntry.STATE_MAX - 1).isEqualTo("ў".repeat(AuditEntry.STATE_MAX - 1));
        assertThat(chain.hashOf(entry)).isEqualTo(entry.getHash());
    }

    @Test
    void r5_5_anIntactChainHolds() {
        assertThat(chain.firstBroken(AuditChain.GENESIS, chainOf(5))).isEmpty();
        assertThat(chain.firstBroken(AuditChain.GENESIS, List.of())).isEmpty();
    }

    @Test
    void r5_5_anAlteredEntryIsTheFirstReported() throws Exception {
        var entries = chainOf(5);
        forge(entries.get(2), "after", "REJECTED");
        forge(entries.get(4), "actor", "someone-else");

        assertThat(chain.firstBroken(AuditChain.GENESIS, entries)).containsSame(entries.get(2));
    }

    @Test
    void r5_5_anEntryWhoseHashWasRecomputedStillBreaksTheLinkOfTheNext() throws Exception {
        var entries = chainOf(4);
        forge(entries.get(1), "after", "REJECTED");
        forge(entries.get(1), "hash", chain.hashOf(entries.get(1)));

        assertThat(chain.firstBroken(AuditChain.GENESIS, entries)).containsSame(entries.get(2));
    }

    @Test
    void r5_5_aDeletedEntryBreaksTheLinkOfTheOneAfterIt() {
        var entries = chainOf(4);
        entries.remove(1);

        assertThat(chain.firstBroken(AuditChain.GENESIS, entries)).containsSame(entries.get(1));
    }

    @Test
    void r5_5_verificationContinuesFromTheHashOfTheLastEntryChecked() {
        var entries = chainOf(6);

        assertThat(chain.firstBroken(entries.get(2).getHash(), entries.subList(3, 6))).isEmpty();
        assertThat(chain.firstBroken(AuditChain.GENESIS, entries.subList(3, 6))).containsSame(entries.get(3));
    }
}
