package org.laureate.it;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.laureate.platform.BlindRsa;
import org.laureate.scoring.boundary.BallotBox;
import org.laureate.scoring.boundary.CastReceipt;
import org.laureate.scoring.boundary.CredentialService;
import org.laureate.scoring.entity.Criterion;
import org.laureate.security.entity.Account;

/**
 * A member's credentials of one round, obtained as the member's browser obtains them (blinded here, signed by the
 * server, unblinded here), and cast as the browser casts them: as the anonymous caller.
 */
final class Wallet {

    private final long round;
    private final Map<Long, BlindClient.Credential> credentials;

    private Wallet(long round, Map<Long, BlindClient.Credential> credentials) {
        this.round = round;
        this.credentials = credentials;
    }

    /** Obtains the signed-in member's credentials of the round, one per petition they may score. */
    static Wallet obtain(CredentialService service, long round) {
        return obtain(service, round, null);
    }

    /**
     * Obtains the signed-in member's credentials of the round, one per petition, as a client that has the same
     * {@code token} signed for every petition (null: a random token each, as the browser does).
     */
    static Wallet obtain(CredentialService service, long round, byte[] token) {
        var offer = service.offer(round);
        var keys = new HashMap<Long, java.security.interfaces.RSAPublicKey>();
        var blinded = new HashMap<Long, BlindClient.Blinded>();
        var messages = new HashMap<Long, byte[]>();
        offer.publicKeys().forEach((petition, encoded) -> {
            var key = BlindRsa.publicKey(encoded);
            keys.put(petition, key);
            var request = token == null ? BlindClient.blind(key) : BlindClient.blind(key, token);
            blinded.put(petition, request);
            messages.put(petition, request.message());
        });
        var signatures = service.issue(round, messages);
        var credentials = new HashMap<Long, BlindClient.Credential>();
        signatures.forEach((petition, signature) -> credentials.put(petition,
                BlindClient.finalize(keys.get(petition), blinded.get(petition), signature)));
        return new Wallet(round, credentials);
    }

    /**
     * The credentials of the round of each member in turn, obtained signed in as that member; the caller is anonymous
     * afterwards.
     */
    static List<Wallet> obtainEach(CredentialService service, long round, List<Account> members) {
        var wallets = new ArrayList<Wallet>();
        for (var member : members) {
            Caller.signIn(member.getUsername(), ScoringFixtures.PASSWORD);
            wallets.add(obtain(service, round));
        }
        Caller.anonymous();
        return wallets;
    }

    /** The credentials of the round of each member in turn, exported as their browsers export them. */
    static List<Map<String, Object>> exported(CredentialService service, long round, List<Account> members) {
        return obtainEach(service, round, members).stream().flatMap(wallet -> wallet.export().stream()).toList();
    }

    /** Casts a ballot on a petition as the anonymous caller. */
    CastReceipt cast(BallotBox box, long petition, Map<Criterion, Integer> scores) {
        Caller.anonymous();
        var credential = credential(petition);
        return box.cast(round, petition, scores, credential.token(), credential.signature());
    }

    BlindClient.Credential credential(long petition) {
        var credential = credentials.get(petition);
        if (credential == null) {
            throw new IllegalStateException("No credential for petition " + petition);
        }
        return credential;
    }

    boolean holds(long petition) {
        return credentials.containsKey(petition);
    }

    Map<Long, BlindClient.Credential> all() {
        return Map.copyOf(credentials);
    }

    /**
     * The credentials as a client outside the server keeps them: for each petition its token and signature in
     * base64url, as the browser sends them.
     */
    List<Map<String, Object>> export() {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return credentials.entrySet().stream().sorted(Map.Entry.comparingByKey()).<Map<String, Object>>map(entry -> {
            var exported = new LinkedHashMap<String, Object>();
            exported.put("petition", entry.getKey());
            exported.put("token", encoder.encodeToString(entry.getValue().token()));
            exported.put("signature", encoder.encodeToString(entry.getValue().signature()));
            return exported;
        }).toList();
    }

    /** The receipt of the ballot cast with the credential of a petition, as the board shows it. */
    String receipt(long petition) {
        return BlindRsa.receipt(credential(petition).token());
    }
}
