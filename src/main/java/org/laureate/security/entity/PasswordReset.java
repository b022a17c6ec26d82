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
import java.util.Objects;
import org.laureate.platform.BusinessException;

/**
 * A one-time link that lets an account's holder choose a new password (R3.7). Only the SHA-256 of its random token is
 * kept; the token itself is in the mail alone.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.FIND_BY_TOKEN_HASH,
        query = "SELECT r FROM PasswordReset r WHERE r.tokenHash = :tokenHash")
@NamedQuery(name = PasswordReset.FIND_OPEN_OF_ACCOUNT,
        query = "SELECT r FROM PasswordReset r WHERE r.account = :account AND r.usedAt IS NULL")
public class PasswordReset {

    public static final String FIND_BY_TOKEN_HASH = "PasswordReset.findByTokenHash";
    public static final String FIND_OPEN_OF_ACCOUNT = "PasswordReset.findOpenOfAccount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private int version;

    protected PasswordReset() {
    }

    public PasswordReset(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = Objects.requireNonNull(account);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A reset link must expire after it is made");
        }
    }

    /** R3.7 Whether the link still opens: not used, and not expired at {@code now}. */
    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** R3.7 Uses the link up; refused when it was used already or has expired. */
    public void use(Instant now) {
        if (!isUsable(now)) {
            throw new BusinessException("reset.error.invalid");
        }
        usedAt = now;
    }

    /** Withdraws a link that has not been used, when another one is issued or the password is changed. */
    public void withdraw(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Account getAccount() {
        return account;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
