package org.laureate.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One security event of an account (R3.13), kept to show it to its holder and to the secretariat; the audit log records
 * the same change in its hash chain. Written once, never changed.
 */
@Entity
@Table(name = "account_event")
@NamedQuery(name = AccountEvent.FIND_BY_ACCOUNT,
        query = "SELECT e FROM AccountEvent e WHERE e.account = :account ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AccountEvent.FIND_OF_ACCOUNTS_SINCE,
        query = "SELECT e FROM AccountEvent e JOIN FETCH e.account WHERE e.account.id IN :accountIds"
                + " AND e.occurredAt >= :since ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AccountEvent.FIND_RECENT,
        query = "SELECT e FROM AccountEvent e JOIN FETCH e.account ORDER BY e.occurredAt DESC, e.id DESC")
public class AccountEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ACCOUNT = "AccountEvent.findByAccount";
    public static final String FIND_RECENT = "AccountEvent.findRecent";
    public static final String FIND_OF_ACCOUNTS_SINCE = "AccountEvent.findOfAccountsSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private Account account;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AccountEventKind kind;

    @Column(updatable = false)
    private String actor;

    protected AccountEvent() {
    }

    /** An event of {@code account} at {@code occurredAt}, made by {@code actor} (a username, or {@code system}). */
    public AccountEvent(Account account, Instant occurredAt, AccountEventKind kind, String actor) {
        this.account = Objects.requireNonNull(account);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.kind = Objects.requireNonNull(kind);
        this.actor = Objects.requireNonNull(actor);
    }

    public Account getAccount() {
        return account;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AccountEventKind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }
}
