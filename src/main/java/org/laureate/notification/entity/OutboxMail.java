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
import java.time.Instant;
import java.util.Objects;

/** A mail in the outbox: written with the change that caused it, sent after the commit, retried until sent. */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.FIND_UNSENT, query = "SELECT m.id FROM OutboxMail m WHERE m.sentAt IS NULL ORDER BY m.id")
public class OutboxMail {

    public static final String FIND_UNSENT = "OutboxMail.findUnsent";

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

    /** R6.3 An attempt that failed: the mail stays unsent and keeps the error. */
    public void failed(String error) {
        attempts++;
        lastError = cut(error == null ? "" : error, ERROR_MAX);
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
}
