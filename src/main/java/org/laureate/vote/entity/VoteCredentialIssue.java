package org.laureate.vote.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * R12.15 That an account was issued the anonymous credentials of a final vote, once: presence, which is public, and
 * never a token, a finalist or a time.
 */
@Entity
@Table(name = "vote_credential_issue")
@NamedQuery(name = VoteCredentialIssue.COUNT_BY_VOTE, query = "SELECT COUNT(c) FROM VoteCredentialIssue c"
        + " WHERE c.id.voteId = :voteId")
public class VoteCredentialIssue {

    public static final String COUNT_BY_VOTE = "VoteCredentialIssue.countByVote";

    @EmbeddedId
    private Key id;

    protected VoteCredentialIssue() {
    }

    public VoteCredentialIssue(long voteId, long accountId) {
        this.id = new Key(voteId, accountId);
    }

    /** Vote and account. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "vote_id")
        private long voteId;

        @Column(name = "account_id")
        private long accountId;

        protected Key() {
        }

        public Key(long voteId, long accountId) {
            this.voteId = voteId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.voteId == voteId && key.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(voteId) * 31 + Long.hashCode(accountId);
        }
    }
}
