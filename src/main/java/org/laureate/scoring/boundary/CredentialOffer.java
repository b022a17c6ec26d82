package org.laureate.scoring.boundary;

import java.util.Map;

/**
 * What a member's browser needs to obtain a round's credentials: the public key (X.509 SubjectPublicKeyInfo in
 * base64) of each petition the member may score, whether the member has already been issued them, and R9.30 every
 * petition's public key of the round, the same for every member, whose fingerprint the browser shows for members to
 * compare.
 */
public record CredentialOffer(long roundId, Map<Long, String> publicKeys, boolean issued, Map<Long, String> roundKeys) {
}
