package org.laureate.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * R5.10 Checkpoints of the audit chain signed with a key that the database does not hold: each says "entry N carried
 * hash H at time T", with an HMAC-SHA256 of that under the key. Written outside the database (a file, the server's
 * log), they let verification catch what the chain alone cannot: whoever can write to the database can rewrite an
 * entry and every later hash, but not the anchors nor their signatures.
 *
 * <p>An anchor is one line: {@code entryId hash instant signature}.
 */
public final class AuditAnchors {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /** The key, as given to the server at start-up: at least 32 characters. */
    public AuditAnchors(String key) {
        if (key == null || key.length() < 32) {
            throw new IllegalArgumentException("The anchors' key has at least 32 characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** A checkpoint: the entry numbered {@code entryId} carried {@code hash} when it was taken, at {@code at}. */
    public record Anchor(long entryId, String hash, Instant at) {

        public Anchor {
            Objects.requireNonNull(hash);
            Objects.requireNonNull(at);
        }
    }

    /** The signed line of an anchor. */
    public String line(Anchor anchor) {
        var text = text(anchor);
        return text + " " + sign(text);
    }

    /** The anchor a line records; refused when the line is malformed or its signature is not the key's. */
    public Anchor read(String line) {
        var parts = line.strip().split(" ");
        if (parts.length != 4) {
            throw new IllegalArgumentException("An anchor has four parts");
        }
        try {
            var anchor = new Anchor(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2]));
            var expected = sign(text(anchor)).getBytes(StandardCharsets.US_ASCII);
            if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
                throw new IllegalArgumentException("The anchor's signature is not the key's");
            }
            return anchor;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("A malformed anchor", e);
        }
    }

    private static String text(Anchor anchor) {
        return anchor.entryId() + " " + anchor.hash() + " " + anchor.at();
    }

    private String sign(String text) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
        }
    }
}
