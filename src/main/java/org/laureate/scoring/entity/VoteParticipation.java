package org.laureate.scoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** R12.6 That a member has voted in a final vote, kept apart from the ballot. */
@Entity
@Table(name = "vote_participation")
public class VoteParticipation {

    @EmbeddedId
    private Key id;

    protected VoteParticipation() {
    }

    public VoteParticipation(long voteId, long memberId) {
        this.id = new Key(voteId, memberId);
    }

    public Key getId() {
        return id;
    }

    /** Vote and member. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "vote_id")
        private long voteId;

        @Column(name = "member_id")
        private long memberId;

        protected Key() {
        }

        public Key(long voteId, long memberId) {
            this.voteId = voteId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.voteId == voteId && key.memberId == memberId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(voteId) * 31 + Long.hashCode(memberId);
        }
    }
}
