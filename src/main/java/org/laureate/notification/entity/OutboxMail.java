package org.laureate.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A mail in the outbox: written with the change that caused it, sent after the commit, retried after a growing pause
 * until sent, given up after {@value #MAX_ATTEMPTS} attempts.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.FIND_DUE, query = "SELECT m.id FROM OutboxMail m WHERE m.sentAt IS NULL"
        + " AND m.givenUpAt IS NULL AND (m.nextAttemptAt IS NULL OR m.nextAttemptAt <= :now) ORDER BY m.id")
@NamedQuery(name = OutboxMail.FIND_GIVEN_UP, query = "SELECT m FROM OutboxMail m WHERE m.sentAt IS NULL"
        + " AND m.givenUpAt IS NOT NULL ORDER BY m.givenUpAt DESC, m.id DESC")
public class OutboxMail implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_DUE = "OutboxMail.findDue";
    public static final String FIND_GIVEN_UP = "OutboxMail.findGivenUp";

    /** R6.6 Attempts before a mail is given up: with the pauses below, about 14 hours of trying. */
    public static final int MAX_ATTEMPTS = 12;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofHours(6);

    public static final int SUBJECT_MAX = 500;
    public static final int ERROR_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 200)
    private String recipient;

    @NotBlank
    private String subject;

    @NotBlank
    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "given_up_at")
    private Instant givenUpAt;

    protected OutboxMail() {
    }

    /** A mail waiting to be sent; a subject longer than its column is cut. */
    public OutboxMail(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = cut(Objects.requireNonNull(subject), SUBJECT_MAX);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** R6.3 An attempt that succeeded. */
    public void sent(Instant at) {
        attempts++;
        sentAt = Objects.requireNonNull(at);
    }

    /**
     * R6.3 An attempt that failed: the mail stays unsent and keeps the error; R6.6 the next attempt waits twice as
     * long as the one before (30 s, 1 min, 2 min … at most 6 h), and after {@value #MAX_ATTEMPTS} attempts the mail
     * is given up.
     */
    public void failed(String error, Instant at) {
        attempts++;
        lastError = cut(error == null ? "" : error, ERROR_MAX);
        if (attempts >= MAX_ATTEMPTS) {
            givenUpAt = Objects.requireNonNull(at);
            nextAttemptAt = null;
        } else {
            nextAttemptAt = at.plus(pauseAfter(attempts));
        }
    }

    /** The pause after the {@code attempt}-th failed attempt. */
    static Duration pauseAfter(int attempt) {
        var pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempt - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** R6.7 A given-up mail put back by the secretariat: tried again at once, with its attempts counted afresh. */
    public void resend() {
        if (sentAt != null || givenUpAt == null) {
            throw new IllegalStateException("Only a mail that was given up is sent again");
        }
        attempts = 0;
        givenUpAt = null;
        nextAttemptAt = null;
    }

    /** R6.6 Whether the mail is to be tried now: not sent, not given up, and its pause after a failure over. */
    public boolean isDueAt(Instant now) {
        return sentAt == null && givenUpAt == null && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
    }

    public boolean isGivenUp() {
        return givenUpAt != null;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getGivenUpAt() {
        return givenUpAt;
    }
}
