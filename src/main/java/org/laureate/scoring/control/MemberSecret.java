package org.laureate.scoring.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A member's secret: 32 random bytes that only the member's password opens. From it come the keys that find the
 * member's ballots again, the member's pseudonym in a round, and the seal on their notes and receipts. It is never
 * written anywhere in the clear, never logged and never printed.
 *
 * <ul>
 *   <li>R9.5 Sealed under AES-256-GCM with a key derived from the password by PBKDF2-HMAC-SHA256 (210,000
 *       iterations) and a random salt; a wrong password does not open it.</li>
 *   <li>R9.6 ballot key = HMAC-SHA256(secret, "ballot" ‖ round ‖ petition); pseudonym = HMAC-SHA256(secret,
 *       "pseudonym" ‖ round): the same member and round always give the same values, anyone else different ones.</li>
 *   <li>R9.7 Notes and receipt codes are sealed under HMAC-SHA256(secret, "seal") with AES-256-GCM.</li>
 * </ul>
 */
public final class MemberSecret {

    static final int ITERATIONS = 210_000;
    private static final int SECRET_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    private final byte[] secret;

    private MemberSecret(byte[] secret) {
        this.secret = secret;
    }

    /** A new random secret. */
    public static MemberSecret generate() {
        var bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return new MemberSecret(bytes);
    }

    /** The secret sealed under the password, as a salt and a sealed text. */
    public Sealed sealUnder(char[] password) {
        var salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new Sealed(BASE64.encodeToString(salt), seal(passwordKey(password, salt), secret));
    }

    /** The secret the password opens, or nothing when the password is not the one it was sealed under. */
    public static Optional<MemberSecret> open(Sealed sealed, char[] password) {
        var salt = BASE64_DECODER.decode(sealed.salt());
        return unseal(passwordKey(password, salt), sealed.sealedSecret())
                .filter(bytes -> bytes.length == SECRET_BYTES)
                .map(MemberSecret::new);
    }

    /** R9.6 The key of this member's ballot on a petition in a round. */
    public String ballotKey(long roundId, long nominationId) {
        return HexFormat.of().formatHex(mac("ballot", roundId, nominationId));
    }

    /** R12.5 The key of this member's ballot in a final vote. */
    public String voteKey(long voteId) {
        return HexFormat.of().formatHex(mac("vote", voteId));
    }

    /** R9.6 This member's pseudonym in a round. */
    public String pseudonym(long roundId) {
        return HexFormat.of().formatHex(mac("pseudonym", roundId));
    }

    /** R9.7 A text sealed so that only this secret opens it; {@code null} stays {@code null}. */
    public String sealText(String text) {
        return text == null ? null : seal(sealKey(), text.getBytes(StandardCharsets.UTF_8));
    }

    /** R9.7 A sealed text opened, or nothing when it was sealed under another secret. */
    public Optional<String> openText(String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        return unseal(sealKey(), sealed).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    private byte[] sealKey() {
        return mac("seal");
    }

    private byte[] mac(String purpose, long... numbers) {
        try {
            var hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            hmac.update(purpose.getBytes(StandardCharsets.US_ASCII));
            var buffer = ByteBuffer.allocate(Long.BYTES * numbers.length);
            for (long number : numbers) {
                buffer.putLong(number);
            }
            return hmac.doFinal(buffer.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] passwordKey(char[] password, byte[] salt) {
        KeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String seal(byte[] key, byte[] plain) {
        try {
            var iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            var sealed = cipher.doFinal(plain);
            return BASE64.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<byte[]> unseal(byte[] key, String sealed) {
        try {
            var bytes = BASE64_DECODER.decode(sealed);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return Optional.of(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MemberSecret that && Arrays.equals(secret, that.secret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secret);
    }

    @Override
    public String toString() {
        return "MemberSecret[hidden]";
    }

    /** A secret as it is stored: the salt of the password's key and the sealed secret, both Base64. */
    public record Sealed(String salt, String sealedSecret) {
    }
}
