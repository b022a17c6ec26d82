package org.laureate.vote.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.laureate.platform.SigningKey;

/**
 * R12.14 An RSA key pair of a final vote, under which its anonymous credentials are signed and its ballots checked:
 * one per finalist, and in "for up to P" mode one approval key ({@link #APPROVAL} in place of a finalist). The public
 * key as X.509 SubjectPublicKeyInfo, the private key as PKCS #8, both in base64, as a round's
 * {@link org.laureate.scoring.entity.PetitionKey}.
 */
@Entity
@Table(name = "vote_key")
@NamedQuery(name = VoteKey.FIND_BY_VOTE, query = "SELECT k FROM VoteKey k WHERE k.id.voteId = :voteId")
@NamedQuery(name = VoteKey.FORGET_BY_VOTE, query = "UPDATE VoteKey k SET k.privateKey = NULL"
        + " WHERE k.id.voteId = :voteId AND k.privateKey IS NOT NULL")
public class VoteKey extends SigningKey {

    public static final String FIND_BY_VOTE = "VoteKey.findByVote";
    public static final String FORGET_BY_VOTE = "VoteKey.forgetByVote";

    /** The finalist of the approval key. */
    public static final long APPROVAL = 0;

    @EmbeddedId
    private Key id;

    protected VoteKey() {
    }

    public VoteKey(long voteId, long nominationId, String publicKey, String privateKey) {
        super(publicKey, privateKey);
        this.id = new Key(voteId, nominationId);
    }

    public long getVoteId() {
        return id.voteId;
    }

    /** The finalist, or {@link #APPROVAL}. */
    public long getNominationId() {
        return id.nominationId;
    }

    /** Vote and finalist. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "vote_id")
        private long voteId;

        @Column(name = "nomination_id")
        private long nominationId;

        protected Key() {
        }

        public Key(long voteId, long nominationId) {
            this.voteId = voteId;
            this.nominationId = nominationId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.voteId == voteId && key.nominationId == nominationId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(voteId) * 31 + Long.hashCode(nominationId);
        }
    }
}
