package org.laureate.scoring.boundary;

/**
 * The answer to a cast: the ballot counted, with its receipt (the SHA-256 of the credential's token, as the board
 * shows it), and whether it replaced one cast earlier under the same credential.
 */
public record CastReceipt(String receipt, boolean revised) {
}
