package org.laureate.scoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * R9.3 That a member has cast a ballot on a petition in a round, kept apart from the ballot itself: it counts
 * progress and allows one ballot per member and petition, and says nothing of the scores.
 */
@Entity
@Table(name = "participation")
@NamedQuery(name = Participation.FIND_BY_MEMBER, query = "SELECT p.id.nominationId FROM Participation p"
        + " WHERE p.id.roundId = :roundId AND p.id.memberId = :memberId")
@NamedQuery(name = Participation.COUNT_BY_MEMBER, query = "SELECT p.id.memberId, COUNT(p) FROM Participation p"
        + " WHERE p.id.roundId = :roundId GROUP BY p.id.memberId")
public class Participation {

    public static final String FIND_BY_MEMBER = "Participation.findByMember";
    public static final String COUNT_BY_MEMBER = "Participation.countByMember";

    @EmbeddedId
    private Key id;

    protected Participation() {
    }

    public Participation(long roundId, long memberId, long nominationId) {
        this.id = new Key(roundId, memberId, nominationId);
    }

    public Key getId() {
        return id;
    }

    /** Round, member and petition. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "round_id")
        private long roundId;

        @Column(name = "member_id")
        private long memberId;

        @Column(name = "nomination_id")
        private long nominationId;

        protected Key() {
        }

        public Key(long roundId, long memberId, long nominationId) {
            this.roundId = roundId;
            this.memberId = memberId;
            this.nominationId = nominationId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.roundId == roundId && key.memberId == memberId
                    && key.nominationId == nominationId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(roundId) * 961 + Long.hashCode(memberId) * 31 + Long.hashCode(nominationId);
        }
    }
}
