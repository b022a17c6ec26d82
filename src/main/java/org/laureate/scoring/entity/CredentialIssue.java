package org.laureate.scoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * R9.3 That an account was issued the anonymous credentials of a round, once: its eligibility, never a token, a
 * petition or a time.
 */
@Entity
@Table(name = "credential_issue")
@NamedQuery(name = CredentialIssue.COUNT_BY_ROUND, query = "SELECT COUNT(c) FROM CredentialIssue c"
        + " WHERE c.id.roundId = :roundId")
public class CredentialIssue {

    public static final String COUNT_BY_ROUND = "CredentialIssue.countByRound";

    @EmbeddedId
    private Key id;

    protected CredentialIssue() {
    }

    public CredentialIssue(long roundId, long accountId) {
        this.id = new Key(roundId, accountId);
    }

    /** Round and account. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "round_id")
        private long roundId;

        @Column(name = "account_id")
        private long accountId;

        protected Key() {
        }

        public Key(long roundId, long accountId) {
            this.roundId = roundId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.roundId == roundId && key.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(roundId) * 31 + Long.hashCode(accountId);
        }
    }
}
