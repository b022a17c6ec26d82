package org.laureate.vote.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.vote.entity.FinalVote;

/**
 * A member's view of a final vote: the finalists, those the member is recused from, whether the member is registered
 * present and was issued the vote's credentials, and the public keys of the credentials they may obtain (X.509
 * SubjectPublicKeyInfo in base64, by finalist, and the approval key in "for up to P" mode), given only while the vote
 * is open and the member present; R9.30 then also every key of the vote, by finalist and the approval key under
 * {@code 0}, the same for every member, whose fingerprint the browser shows. The member's ballots are known to their
 * browser only.
 */
public record MyVote(FinalVote vote, List<PetitionSummary> finalists, Set<Long> recused, boolean present,
        boolean issued, Map<Long, String> publicKeys, String approvalKey, Map<Long, String> voteKeys)
        implements Serializable {
}
