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

    /** The entries as rows of a log, numbered from 1, as the database reads them back. */
    private static List<AuditEntry> numbered(List<AuditEntry> entries) {
        List<AuditEntry> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            rows.add(AuditEntry.readBack(i + 1, entry.getOccurredAt(), entry.getActor(), entry.getSubject(),
                    entry.getSubjectId(), entry.getAction(), entry.getBefore(), entry.getAfter(),
                    entry.getPreviousHash(), entry.getHash()));
        }
        return rows;
    }

    /** A log that reads the rows two at a time, as the boundary reads them a batch at a time. */
    private static AuditChain.Log logOf(List<AuditEntry> rows) {
        return after -> rows.stream().filter(row -> row.getId() > after).limit(2).toList();
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

    @Test
    void r5_8_anIntactLogEndsAtItsHeadAndCountsEveryEntry() {
        var rows = numbered(chainOf(5));

        var found = chain.verify(rows.get(4).getHash(), logOf(rows));

        assertThat(found.outcome()).isEqualTo(ChainVerification.Outcome.INTACT);
        assertThat(found.intact()).isTrue();
        assertThat(found.checked()).isEqualTo(5);
        assertThat(found.entryId()).isEqualTo(5);
    }

    @Test
    void r5_8_anEmptyLogHoldsOnlyWithTheHeadAtGenesis() {
        var empty = chain.verify(AuditChain.GENESIS, logOf(List.of()));
        assertThat(empty.outcome()).isEqualTo(ChainVerification.Outcome.INTACT);
        assertThat(empty.checked()).isZero();

        var emptied = chain.verify(numbered(chainOf(3)).get(2).getHash(), logOf(List.of()));
        assertThat(emptied.outcome()).isEqualTo(ChainVerification.Outcome.ENDS_BEFORE_HEAD);
        assertThat(emptied.entry()).isNull();
        assertThat(emptied.entryId()).isZero();
    }

    @Test
    void r5_8_aLogWhoseLastEntriesWereDeletedEndsBeforeItsHead() {
        var rows = numbered(chainOf(5));
        var head = rows.get(4).getHash();

        var found = chain.verify(head, logOf(rows.subList(0, 3)));

        assertThat(found.outcome()).as("every entry left still matches, but the log stops short")
                .isEqualTo(ChainVerification.Outcome.ENDS_BEFORE_HEAD);
        assertThat(found.entryId()).as("the last entry left").isEqualTo(3);
        assertThat(found.checked()).isEqualTo(3);
        assertThat(chain.firstBroken(AuditChain.GENESIS, rows.subList(0, 3)))
                .as("which the walk alone cannot see").isEmpty();
    }

    @Test
    void r5_8_anEntryAppendedWithoutTheHeadIsReported() {
        var rows = numbered(chainOf(4));

        var found = chain.verify(rows.get(2).getHash(), logOf(rows));

        assertThat(found.outcome()).isEqualTo(ChainVerification.Outcome.RUNS_PAST_HEAD);
        assertThat(found.entryId()).isEqualTo(4);
        assertThat(found.checked()).isEqualTo(3);

        var pastGenesis = chain.verify(AuditChain.GENESIS, logOf(rows));
        assertThat(pastGenesis.outcome()).isEqualTo(ChainVerification.Outcome.RUNS_PAST_HEAD);
        assertThat(pastGenesis.entryId()).isEqualTo(1);
    }

    @Test
    void r5_5_r5_8_anAlteredEntryIsReportedBeforeTheEndIsHeldToTheHead() throws Exception {
        var rows = numbered(chainOf(5));
        var head = rows.get(4).getHash();
        forge(rows.get(2), "after", "REJECTED");

        var found = chain.verify(head, logOf(rows.subList(0, 4)));

        assertThat(found.outcome()).isEqualTo(ChainVerification.Outcome.ALTERED);
        assertThat(found.entry()).isSameAs(rows.get(2));
        assertThat(found.checked()).isEqualTo(2);
    }

    @Test
    void r5_8_aRowReadBackAsAlteredBeyondTheEntitysOwnChecksIsStillVerified() {
        var rows = new ArrayList<>(numbered(chainOf(3)));
        var second = rows.get(1);
        rows.set(1, AuditEntry.readBack(2, second.getOccurredAt(), second.getActor(), second.getSubject(),
                second.getSubjectId(), second.getAction(), second.getBefore(), second.getAfter(),
                second.getPreviousHash(), "not a hash"));

        var found = chain.verify(rows.get(2).getHash(), logOf(rows));

        assertThat(found.outcome()).isEqualTo(ChainVerification.Outcome.ALTERED);
        assertThat(found.entryId()).isEqualTo(2);
    }

    /** The log rewritten from entry {@code from} (numbered from 1) on, hashes and all, as a database writer could. */
    private List<AuditEntry> rewrittenFrom(List<AuditEntry> rows, int from) {
        List<AuditEntry> rewritten = new ArrayList<>(rows.subList(0, from - 1));
        var previous = from == 1 ? AuditChain.GENESIS : rows.get(from - 2).getHash();
        for (var row : rows.subList(from - 1, rows.size())) {
            var after = row.getId() == from ? "REJECTED" : row.getAfter();
            var unsigned = AuditEntry.readBack(row.getId(), row.getOccurredAt(), row.getActor(), row.getSubject(),
                    row.getSubjectId(), row.getAction(), row.getBefore(), after, previous, "");
            previous = chain.hashOf(unsigned);
            rewritten.add(AuditEntry.readBack(row.getId(), row.getOccurredAt(), row.getActor(), row.getSubject(),
                    row.getSubjectId(), row.getAction(), row.getBefore(), after, unsigned.getPreviousHash(),
                    previous));
        }
        return rewritten;
    }

    @Test
    void r5_10_aLogRewrittenHashesAndAllHoldsByItselfButContradictsItsAnchor() {
        var rows = numbered(chainOf(5));
        var anchor = new AuditAnchors.Anchor(4, rows.get(3).getHash(), NOW);
        var rewritten = rewrittenFrom(rows, 2);
        var head = rewritten.get(4).getHash();

        assertThat(chain.verify(head, logOf(rewritten)).outcome()).as("the chain alone is fooled")
                .isEqualTo(ChainVerification.Outcome.INTACT);
        var found = chain.verify(head, logOf(rewritten), List.of(anchor));
        assertThat(found.outcome()).isEqualTo(ChainVerification.Outcome.CONTRADICTS_ANCHOR);
        assertThat(found.entryId()).isEqualTo(4);
        assertThat(chain.verify(rows.get(4).getHash(), logOf(rows), List.of(anchor)).intact()).isTrue();
    }

    @Test
    void r5_10_anAnchoredEntryThatIsGoneContradictsItsAnchor() {
        var rows = numbered(chainOf(5));
        var anchor = new AuditAnchors.Anchor(5, rows.get(4).getHash(), NOW);
        var shortened = rows.subList(0, 3);

        var found = chain.verify(shortened.get(2).getHash(), logOf(shortened), List.of(anchor));
        assertThat(found.outcome()).isEqualTo(ChainVerification.Outcome.CONTRADICTS_ANCHOR);
        assertThat(found.entry()).isNull();
    }
}
