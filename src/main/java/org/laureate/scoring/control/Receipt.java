package org.laureate.scoring.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * R9.8 The receipt of a cast ballot: a random code of 16 letters and digits in groups of four, which only the member
 * keeps; the bulletin board shows its SHA-256 hash.
 */
public final class Receipt {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipt() {
    }

    /** A new receipt code, such as {@code K7QD-2MZP-XW9A-HT4E}. */
    public static String issue() {
        var code = new StringBuilder(LENGTH + LENGTH / 4);
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The hash of a code as the board shows it: SHA-256 of the code as issued, in lower-case hex. */
    public static String hash(String code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
