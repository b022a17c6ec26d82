package org.laureate.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.laureate.audit.entity.AuditEntry;
import org.laureate.platform.StateChange;

/**
 * The hash chain of the audit trail (R5.3, R5.5, R5.8): makes the entry that follows a given hash, finds the first
 * entry of a sequence that has been altered, and verifies a whole log against its recorded head.
 */
public class AuditChain {

    /** The previous hash of the first entry, and the head of an empty log. */
    public static final String GENESIS = "0".repeat(64);

    /** The log read in the order its entries were appended, one batch at a time. */
    @FunctionalInterface
    public interface Log {

        /** The entries after the one numbered {@code id} ({@code 0}: from the first), in order; none at the end. */
        List<AuditEntry> after(long id);
    }

    /** The entry recording {@code change}, made by {@code actor} at {@code now}, linked to {@code previousHash}. */
    public AuditEntry next(String previousHash, Instant now, String actor, StateChange change) {
        var occurredAt = now.truncatedTo(ChronoUnit.SECONDS);
        var who = cut(actor, AuditEntry.ACTOR_MAX);
        var subject = cut(change.subject(), AuditEntry.SUBJECT_MAX);
        var subjectId = cut(change.subjectId(), AuditEntry.SUBJECT_ID_MAX);
        var action = cut(change.action(), AuditEntry.ACTION_MAX);
        var before = cut(change.before(), AuditEntry.STATE_MAX);
        var after = cut(change.after(), AuditEntry.STATE_MAX);
        return new AuditEntry(occurredAt, who, subject, subjectId, action, before, after, previousHash,
                hash(previousHash, occurredAt, who, subject, subjectId, action, before, after));
    }

    /** The hash an entry must carry, computed from its content and its link. */
    public String hashOf(AuditEntry entry) {
        return hash(entry.getPreviousHash(), entry.getOccurredAt(), entry.getActor(), entry.getSubject(),
                entry.getSubjectId(), entry.getAction(), entry.getBefore(), entry.getAfter());
    }

    /**
     * The first entry, of {@code entries} given in the order they were appended, whose hash does not match its content
     * or whose previous hash is not the hash of the entry before it; the entry before the first is
     * {@code previousHash}.
     */
    public Optional<AuditEntry> firstBroken(String previousHash, Iterable<AuditEntry> entries) {
        var expected = previousHash;
        for (AuditEntry entry : entries) {
            if (breaks(expected, entry)) {
                return Optional.of(entry);
            }
            expected = entry.getHash();
        }
        return Optional.empty();
    }

    /**
     * R5.5, R5.8 Walks the whole log from its first entry and checks each entry's hash and link, then that the log
     * ends exactly at {@code headHash}, the hash the chain's head records: a log whose last entry is not the head ends
     * before it (entries deleted from its end); entries after the one the head records were appended without it. The
     * head and the log must be read from one snapshot of the database.
     */
    public ChainVerification verify(String headHash, Log log) {
        return verify(headHash, log, List.of());
    }

    /**
     * R5.10 As {@link #verify(String, Log)}, and each of the {@code anchors} (signed checkpoints kept outside the
     * database, already read and checked) must find its entry carrying the hash it recorded.
     */
    public ChainVerification verify(String headHash, Log log, List<AuditAnchors.Anchor> anchors) {
        var pending = new ArrayDeque<>(anchors.stream()
                .sorted(Comparator.comparingLong(AuditAnchors.Anchor::entryId)).toList());
        var expected = GENESIS;
        var headReached = GENESIS.equals(headHash);
        long checked = 0;
        AuditEntry last = null;
        for (var batch = log.after(0); !batch.isEmpty(); batch = log.after(last.getId())) {
            for (AuditEntry entry : batch) {
                if (headReached) {
                    return new ChainVerification(ChainVerification.Outcome.RUNS_PAST_HEAD, checked, entry);
                }
                if (breaks(expected, entry)) {
                    return new ChainVerification(ChainVerification.Outcome.ALTERED, checked, entry);
                }
                while (!pending.isEmpty() && pending.peek().entryId() <= entry.getId()) {
                    var anchor = pending.poll();
                    if (anchor.entryId() != entry.getId() || !anchor.hash().equals(entry.getHash())) {
                        return new ChainVerification(ChainVerification.Outcome.CONTRADICTS_ANCHOR, checked,
                                anchor.entryId() == entry.getId() ? entry : null);
                    }
                }
                checked++;
                expected = entry.getHash();
                headReached = expected.equals(headHash);
                last = entry;
            }
        }
        if (!pending.isEmpty()) {
            return new ChainVerification(ChainVerification.Outcome.CONTRADICTS_ANCHOR, checked, null);
        }
        return new ChainVerification(headReached ? ChainVerification.Outcome.INTACT
                : ChainVerification.Outcome.ENDS_BEFORE_HEAD, checked, last);
    }

    private boolean breaks(String expectedPreviousHash, AuditEntry entry) {
        return !entry.getPreviousHash().equals(expectedPreviousHash) || !entry.getHash().equals(hashOf(entry));
    }

    private static String hash(String previousHash, Instant occurredAt, String actor, String subject,
            String subjectId, String action, String before, String after) {
        var text = String.join("|", previousHash, occurredAt.toString(), actor, subject, subjectId, action,
                before == null ? "" : before, after == null ? "" : after);
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Cuts a text to {@code max} characters, never between the two halves of a surrogate pair. */
    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
