package org.laureate.it;

import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laureate.platform.BlindRsa;
import org.laureate.scoring.boundary.CastReceipt;
import org.laureate.vote.boundary.VoteBox;
import org.laureate.vote.boundary.VoteService;
import org.laureate.vote.entity.Choice;

/**
 * A member's credentials of one final vote, obtained as the member's browser obtains them (blinded here, signed by the
 * server in one request, unblinded here): one per finalist they may vote on and, in "for up to P" mode, P approval
 * credentials; cast as the browser casts them, as the anonymous caller, a "for" spending a free approval credential.
 */
final class VoteWallet {

    private final long vote;
    private final Map<Long, BlindClient.Credential> credentials;
    private final List<BlindClient.Credential> approvals;
    private final Map<Long, Integer> spent = new HashMap<>();

    private VoteWallet(long vote, Map<Long, BlindClient.Credential> credentials,
            List<BlindClient.Credential> approvals) {
        this.vote = vote;
        this.credentials = credentials;
        this.approvals = approvals;
    }

    /** Obtains the signed-in member's credentials of the vote. */
    static VoteWallet obtain(VoteService service, long vote) {
        var offer = service.myVote(vote);
        var keys = new HashMap<Long, RSAPublicKey>();
        var blinded = new HashMap<Long, BlindClient.Blinded>();
        var messages = new HashMap<Long, byte[]>();
        offer.publicKeys().forEach((petition, encoded) -> {
            var key = BlindRsa.publicKey(encoded);
            keys.put(petition, key);
            var request = BlindClient.blind(key);
            blinded.put(petition, request);
            messages.put(petition, request.message());
        });
        var approvalBlinded = new ArrayList<BlindClient.Blinded>();
        RSAPublicKey approvalKey = offer.approvalKey() == null ? null : BlindRsa.publicKey(offer.approvalKey());
        if (approvalKey != null) {
            for (int i = 0; i < offer.vote().getSeats(); i++) {
                approvalBlinded.add(BlindClient.blind(approvalKey));
            }
        }
        var signed = service.issue(vote, messages,
                approvalBlinded.stream().map(BlindClient.Blinded::message).toList());
        var credentials = new HashMap<Long, BlindClient.Credential>();
        signed.finalists().forEach((petition, signature) -> credentials.put(petition,
                BlindClient.finalize(keys.get(petition), blinded.get(petition), signature)));
        var approvals = new ArrayList<BlindClient.Credential>();
        for (int i = 0; i < approvalBlinded.size(); i++) {
            approvals.add(BlindClient.finalize(approvalKey, approvalBlinded.get(i), signed.approvals().get(i)));
        }
        return new VoteWallet(vote, credentials, approvals);
    }

    /** Casts (or re-casts) a ballot on a finalist as the anonymous caller; a "for" spends a free approval one. */
    CastReceipt cast(VoteBox box, long petition, Choice choice) {
        Caller.anonymous();
        VoteBox.Credential approval = null;
        if (!approvals.isEmpty()) {
            int index = spent.computeIfAbsent(petition, p -> free());
            approval = approval(index);
        }
        return box.cast(vote, petition, choice, credential(petition), approval);
    }

    /** Casts with an approval credential chosen by the caller (to try spending one twice). */
    CastReceipt castWith(VoteBox box, long petition, Choice choice, int approvalIndex) {
        Caller.anonymous();
        return box.cast(vote, petition, choice, credential(petition), approval(approvalIndex));
    }

    /** Withdraws the ballot cast on a finalist; its approval credential is free again. */
    boolean withdraw(VoteBox box, long petition) {
        Caller.anonymous();
        spent.remove(petition);
        return box.withdraw(vote, petition, credential(petition));
    }

    private int free() {
        for (int i = 0; i < approvals.size(); i++) {
            if (!spent.containsValue(i)) {
                return i;
            }
        }
        throw new IllegalStateException("Every approval credential is spent");
    }

    VoteBox.Credential credential(long petition) {
        var credential = credentials.get(petition);
        if (credential == null) {
            throw new IllegalStateException("No credential for petition " + petition);
        }
        return new VoteBox.Credential(credential.token(), credential.signature());
    }

    VoteBox.Credential approval(int index) {
        var credential = approvals.get(index);
        return new VoteBox.Credential(credential.token(), credential.signature());
    }

    boolean holds(long petition) {
        return credentials.containsKey(petition);
    }

    int approvals() {
        return approvals.size();
    }

    /** Every token and signature this wallet holds. */
    List<byte[]> secrets() {
        var secrets = new ArrayList<byte[]>();
        credentials.values().forEach(c -> {
            secrets.add(c.token());
            secrets.add(c.signature());
        });
        approvals.forEach(c -> {
            secrets.add(c.token());
            secrets.add(c.signature());
        });
        return secrets;
    }

    /** The receipt of the ballot cast with a finalist's credential, as the board shows it. */
    String receipt(long petition) {
        return BlindRsa.receipt(credentials.get(petition).token());
    }

    /** The receipt of an approval credential, as the board shows it. */
    String approvalReceipt(int index) {
        return BlindRsa.receipt(approvals.get(index).token());
    }
}
