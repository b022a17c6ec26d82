package org.laureate.audit.control;

import java.util.Objects;
import org.laureate.audit.entity.AuditEntry;

/**
 * What the verification of the audit chain found (R5.5, R5.8).
 *
 * @param outcome whether the chain holds, and if not, how it was broken
 * @param checked how many entries, from the first, were found to hold
 * @param entry   the entry the outcome names: the last entry of an intact log, the first altered entry, the last entry
 *                of a log that ends before its head, the first entry past the head; {@code null} when the log is empty
 */
public record ChainVerification(Outcome outcome, long checked, AuditEntry entry) {

    /** How the chain was found. */
    public enum Outcome {
        /** Every entry matches its hash and its link, and the last one is the head. */
        INTACT,
        /** An entry does not match its hash, or does not link to the entry before it (R5.5). */
        ALTERED,
        /** The log ends before its recorded head: its last entries were deleted, or the head altered (R5.8). */
        ENDS_BEFORE_HEAD,
        /** The log goes on past its recorded head: entries were appended without moving it (R5.8). */
        RUNS_PAST_HEAD,
        /**
         * An anchor kept outside the database names an entry that is missing or carries another hash: the log was
         * rewritten, hashes and all, after the anchor was taken (R5.10). The entry is the one found at the anchor's
         * number, {@code null} when there is none.
         */
        CONTRADICTS_ANCHOR,
        /** An anchor's signature is not the key's, or its line is malformed: the anchors were tampered with (R5.10). */
        FORGED_ANCHOR
    }

    public ChainVerification {
        Objects.requireNonNull(outcome);
    }

    public boolean intact() {
        return outcome == Outcome.INTACT;
    }

    /** The number of the entry the outcome names, {@code 0} when the log is empty. */
    public long entryId() {
        return entry == null || entry.getId() == null ? 0 : entry.getId();
    }
}
