package org.laureate.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the append-only audit trail: who changed what, when, from which state to which (R5.3). It is written
 * once and never changed: it has no setters, and nothing updates or deletes it. Its hash links it to the entry before.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FIND_IN_ORDER, query = "SELECT e FROM AuditEntry e WHERE e.id > :after ORDER BY e.id")
@NamedQuery(name = AuditEntry.FIND_IN_ORDER_DESCENDING, query = "SELECT e FROM AuditEntry e ORDER BY e.id DESC")
@NamedQuery(name = AuditEntry.FIND_SUBJECTS, query = "SELECT DISTINCT e.subject FROM AuditEntry e ORDER BY e.subject")
@NamedQuery(name = AuditEntry.FIND_BY_SUBJECT,
        query = "SELECT e FROM AuditEntry e WHERE e.subject = :subject AND e.subjectId = :subjectId ORDER BY e.id")
public class AuditEntry {

    public static final String FIND_IN_ORDER = "AuditEntry.findInOrder";
    public static final String FIND_IN_ORDER_DESCENDING = "AuditEntry.findInOrderDescending";
    public static final String FIND_SUBJECTS = "AuditEntry.findSubjects";
    public static final String FIND_BY_SUBJECT = "AuditEntry.findBySubject";

    /** The longest text each column keeps. */
    public static final int ACTOR_MAX = 60;
    public static final int SUBJECT_MAX = 40;
    public static final int SUBJECT_ID_MAX = 40;
    public static final int ACTION_MAX = 60;
    public static final int STATE_MAX = 2000;

    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    @Column(updatable = false)
    private String actor;

    @Column(updatable = false)
    private String subject;

    @Column(name = "subject_id", updatable = false)
    private String subjectId;

    @Column(updatable = false)
    private String action;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    @Column(name = "previous_hash", updatable = false)
    private String previousHash;

    @Column(updatable = false)
    private String hash;

    protected AuditEntry() {
    }

    /**
     * An entry with its link: {@code previousHash} is the hash of the entry before it, {@code hash} its own. Every text
     * must fit its column.
     */
    public AuditEntry(Instant occurredAt, String actor, String subject, String subjectId, String action, String before,
            String after, String previousHash, String hash) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = fitting(Objects.requireNonNull(actor), ACTOR_MAX);
        this.subject = fitting(Objects.requireNonNull(subject), SUBJECT_MAX);
        this.subjectId = fitting(Objects.requireNonNull(subjectId), SUBJECT_ID_MAX);
        this.action = fitting(Objects.requireNonNull(action), ACTION_MAX);
        this.before = before == null ? null : fitting(before, STATE_MAX);
        this.after = after == null ? null : fitting(after, STATE_MAX);
        this.previousHash = sha256(previousHash);
        this.hash = sha256(hash);
    }

    /**
     * An entry as a row of the log holds it, read outside the persistence context (the verification command), with its
     * number: taken as it is, however it was altered, so that verification can find what does not match. It is never
     * stored.
     */
    public static AuditEntry readBack(long id, Instant occurredAt, String actor, String subject, String subjectId,
            String action, String before, String after, String previousHash, String hash) {
        var entry = new AuditEntry();
        entry.id = id;
        entry.occurredAt = occurredAt;
        entry.actor = actor;
        entry.subject = subject;
        entry.subjectId = subjectId;
        entry.action = action;
        entry.before = before;
        entry.after = after;
        entry.previousHash = previousHash;
        entry.hash = hash;
        return entry;
    }

    private static String fitting(String text, int max) {
        if (text.length() > max) {
            throw new IllegalArgumentException("Longer than " + max + ": " + text.substring(0, max));
        }
        return text;
    }

    private static String sha256(String hex) {
        if (hex == null || !SHA_256_HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest: " + hex);
        }
        return hex;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getAction() {
        return action;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
