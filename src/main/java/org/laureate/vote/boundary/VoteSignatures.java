package org.laureate.vote.boundary;

import java.util.List;
import java.util.Map;

/** The blind signatures of a member's credentials of a final vote: by finalist, and the approval ones in order. */
public record VoteSignatures(Map<Long, byte[]> finalists, List<byte[]> approvals) {
}
