package org.laureate.scoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.GroupCommit;
import org.laureate.scoring.entity.PetitionKey;

/**
 * What casting keeps in memory on each server: the petitions' public keys, read once (R9.22 a key never changes once
 * made), and the ballots waiting to be written, handed to {@link BallotWriter} together (R9.27).
 */
@ApplicationScoped
public class BallotQueue {

    /** The most ballots one transaction writes. */
    static final int BATCH = 64;

    @Inject
    PetitionKeys keys;

    /** The writer itself, not its CDI proxy: through the proxy, each batch also cost the making of an exception. */
    @EJB
    BallotWriter writer;

    private final Map<PetitionKey.Key, RSAPublicKey> publicKeys = new ConcurrentHashMap<>();

    private GroupCommit<BallotWriter.Pending, BallotWriter.Written> ballots;

    @PostConstruct
    void start() {
        ballots = new GroupCommit<>(batch -> writer.write(batch), BATCH);
    }

    /** The public key of a petition in a round, or null when it has none. */
    public RSAPublicKey publicKey(long roundId, long nominationId) {
        var id = new PetitionKey.Key(roundId, nominationId);
        var known = publicKeys.get(id);
        if (known != null) {
            return known;
        }
        var key = keys.key(roundId, nominationId);
        if (key == null) {
            return null;
        }
        var parsed = BlindRsa.publicKey(key.getPublicKey());
        publicKeys.put(id, parsed);
        return parsed;
    }

    /** Writes the ballot with others cast at the same moment, and answers once its transaction has committed. */
    public BallotWriter.Written write(BallotWriter.Pending ballot) {
        return ballots.submit(ballot);
    }
}
