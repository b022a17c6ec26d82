package org.laureate.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * R3.18 A one-time link that confirms the e-mail address of an account opened by a self-registering organisation.
 * Only the SHA-256 of its token is kept. Every link requested is kept too, with the client address that asked for it,
 * to limit registrations per e-mail address and per client address.
 */
@Entity
@Table(name = "email_confirmation")
@NamedQuery(name = EmailConfirmation.FIND_BY_TOKEN_HASH,
        query = "SELECT c FROM EmailConfirmation c JOIN FETCH c.account WHERE c.tokenHash = :tokenHash")
@NamedQuery(name = EmailConfirmation.COUNT_FOR_EMAIL,
        query = "SELECT COUNT(c) FROM EmailConfirmation c WHERE c.email = :email AND c.createdAt > :since")
@NamedQuery(name = EmailConfirmation.COUNT_FROM,
        query = "SELECT COUNT(c) FROM EmailConfirmation c WHERE c.requestedFrom = :address AND c.createdAt > :since")
public class EmailConfirmation {

    public static final String FIND_BY_TOKEN_HASH = "EmailConfirmation.findByTokenHash";
    public static final String COUNT_FOR_EMAIL = "EmailConfirmation.countForEmail";
    public static final String COUNT_FROM = "EmailConfirmation.countFrom";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    @Column(updatable = false)
    private String email;

    @Column(name = "requested_from", updatable = false)
    private String requestedFrom;

    @Column(name = "token_hash", updatable = false)
    private String tokenHash;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private int version;

    protected EmailConfirmation() {
    }

    public EmailConfirmation(Account account, String requestedFrom, String tokenHash, Instant createdAt,
            Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.email = key(Objects.requireNonNull(account.getEmail()));
        this.requestedFrom = Objects.requireNonNull(requestedFrom);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    /** An e-mail address as the limits count it: without surrounding space, in lower case. */
    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the link still confirms: not used and not expired. */
    public boolean isUsable(Instant now) {
        return confirmedAt == null && now.isBefore(expiresAt);
    }

    /** Uses the link up and confirms the account's address. */
    public void confirm(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("not usable");
        }
        confirmedAt = now;
        account.confirmEmail();
    }

    public Account getAccount() {
        return account;
    }

    public String getEmail() {
        return email;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
