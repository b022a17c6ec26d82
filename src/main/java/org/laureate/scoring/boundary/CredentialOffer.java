package org.laureate.scoring.boundary;

import java.util.Map;

/**
 * What a member's browser needs to obtain a round's credentials: the public key (X.509 SubjectPublicKeyInfo in
 * base64) of each petition the member may score, and whether the member has already been issued them.
 */
public record CredentialOffer(long roundId, Map<Long, String> publicKeys, boolean issued) {
}
