package org.laureate.scoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.laureate.platform.SigningKey;

/**
 * R9.22 The RSA key pair of one petition in one round, under which that petition's anonymous credentials are signed
 * and its ballots checked: the public key as X.509 SubjectPublicKeyInfo, the private key as PKCS #8, both in base64.
 */
@Entity
@Table(name = "petition_key")
@NamedQuery(name = PetitionKey.FIND_BY_ROUND, query = "SELECT k FROM PetitionKey k WHERE k.id.roundId = :roundId")
@NamedQuery(name = PetitionKey.SECRETS_OF_ROUND, query = "SELECT k.id FROM PetitionKey k"
        + " WHERE k.id.roundId = :roundId AND k.privateKey IS NOT NULL")
@NamedQuery(name = PetitionKey.SECRETS_OF_CLOSED, query = "SELECT k.id FROM PetitionKey k"
        + " WHERE k.privateKey IS NOT NULL AND k.id.roundId IN"
        + " (SELECT r.id FROM ScoringRound r WHERE r.closesAt <= :now)")
@NamedQuery(name = PetitionKey.FORGET, query = "UPDATE PetitionKey k SET k.privateKey = NULL"
        + " WHERE k.id.roundId = :roundId AND k.id.nominationId = :nominationId")
public class PetitionKey extends SigningKey {

    public static final String FIND_BY_ROUND = "PetitionKey.findByRound";
    public static final String SECRETS_OF_ROUND = "PetitionKey.secretsOfRound";
    public static final String SECRETS_OF_CLOSED = "PetitionKey.secretsOfClosed";
    public static final String FORGET = "PetitionKey.forget";

    @EmbeddedId
    private Key id;

    protected PetitionKey() {
    }

    public PetitionKey(long roundId, long nominationId, String publicKey, String privateKey) {
        super(publicKey, privateKey);
        this.id = new Key(roundId, nominationId);
    }

    public long getRoundId() {
        return id.roundId;
    }

    public long getNominationId() {
        return id.nominationId;
    }

    /** Round and petition. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "round_id")
        private long roundId;

        @Column(name = "nomination_id")
        private long nominationId;

        protected Key() {
        }

        public Key(long roundId, long nominationId) {
            this.roundId = roundId;
            this.nominationId = nominationId;
        }

        public long getRoundId() {
            return roundId;
        }

        public long getNominationId() {
            return nominationId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.roundId == roundId && key.nominationId == nominationId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(roundId) * 31 + Long.hashCode(nominationId);
        }
    }
}
