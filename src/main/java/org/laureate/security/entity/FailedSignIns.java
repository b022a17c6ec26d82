package org.laureate.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * R3.14 The failed sign-ins in a row of one account name or of one client address, kept in the database so that every
 * server instance counts them together: how many, the last one, and until when the next attempt is refused without
 * its password being checked. The sign-in locks the row for the length of an attempt, so that attempts made at once
 * are counted one after the other.
 */
@Entity
@Table(name = "sign_in_failures")
public class FailedSignIns {

    /** The longest subject kept; a longer name or address is cut (two such names then share a count). */
    public static final int MAX_SUBJECT = 200;

    @Id
    private String id;

    private String subject;

    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    protected FailedSignIns() {
    }

    /** No failure yet of the account name {@code account:…} or the address {@code address:…}. */
    public FailedSignIns(String subject) {
        this.subject = Objects.requireNonNull(subject);
        this.id = idOf(subject);
    }

    /** The key of a subject's row: the SHA-256 (hex) of the subject, which no collation of the database merges. */
    public static String idOf(String subject) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject of an account name. */
    public static String ofAccount(String username) {
        return cut("account:" + username);
    }

    /** The subject of a client address. */
    public static String ofAddress(String address) {
        return cut("address:" + address);
    }

    private static String cut(String subject) {
        return subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT);
    }

    /** Counts one more failure at {@code at}, the first of a new row when {@code afresh}; refuses until then. */
    public void fail(Instant at, boolean afresh, Instant refuseUntil) {
        failures = afresh ? 1 : failures + 1;
        lastFailureAt = Objects.requireNonNull(at);
        blockedUntil = refuseUntil;
    }

    /** A sign-in succeeded: the row of failures ends. */
    public void clear() {
        failures = 0;
        lastFailureAt = null;
        blockedUntil = null;
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public Optional<Instant> getLastFailureAt() {
        return Optional.ofNullable(lastFailureAt);
    }

    public Optional<Instant> getBlockedUntil() {
        return Optional.ofNullable(blockedUntil);
    }
}
