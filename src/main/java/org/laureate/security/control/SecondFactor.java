package org.laureate.security.control;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.LongPredicate;

/**
 * The second factor: time-based one-time passwords (TOTP, RFC 6238) with HMAC-SHA1, six digits and a step of thirty
 * seconds, as authenticator apps and {@code oathtool --totp} compute them by default. A code of the current step or
 * of one step either side is accepted (R3.11), once.
 */
public class SecondFactor {

    /** The length of a time step, in seconds. */
    public static final int PERIOD = 30;

    /** The number of digits of a code. */
    public static final int DIGITS = 6;

    /** How many steps before and after the current one are still accepted (clocks drift, people type slowly). */
    static final int WINDOW = 1;

    private static final String ISSUER = "Laureate";

    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    /** A new random secret of 160 bits, in Base32. */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The {@code otpauth://} URI of a secret, as authenticator apps read it. */
    public String uri(String secret, String username) {
        return data(secret, username).getUri();
    }

    /** The QR code of the {@code otpauth://} URI as a PNG {@code data:} URI, to show in an {@code img}. */
    public String qrCode(String secret, String username) {
        var qr = new ZxingPngQrGenerator();
        try {
            return Utils.getDataUriForImage(qr.generate(data(secret, username)), qr.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }

    /** The time step of an instant. */
    public static long stepAt(Instant now) {
        return Math.floorDiv(now.getEpochSecond(), PERIOD);
    }

    /** The code of a secret at a time step. */
    public String code(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalArgumentException("Not a Base32 secret", e);
        }
    }

    /**
     * R3.11 The time step whose code {@code code} is, among the steps around {@code now} that {@code unused} still
     * allows (earliest first); empty when it is none of them.
     */
    public OptionalLong match(String secret, String code, Instant now, LongPredicate unused) {
        if (code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        var typed = code.strip().getBytes(StandardCharsets.US_ASCII);
        var current = stepAt(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            var expected = code(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, typed) && unused.test(step)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static QrData data(String secret, String username) {
        return new QrData.Builder()
                .label(username)
                .secret(secret)
                .issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD)
                .build();
    }
}
