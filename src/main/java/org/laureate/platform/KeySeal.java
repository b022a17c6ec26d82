package org.laureate.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * R9.28, R3.20 Seals a secret for the database under a key that is not in it: AES-256-GCM under a key derived from the
 * server's setting ({@code laureate.key.seal}) by HMAC-SHA-256, a fresh 96-bit nonce per value. A sealed value reads
 * {@code sealed:} and the base64 of the nonce and the ciphertext with its tag; a value without the prefix was stored
 * before there was a seal and is read as it is.
 */
public final class KeySeal {

    public static final String PREFIX = "sealed:";

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** A seal under the key derived from {@code secret}, the setting's value. */
    public KeySeal(String secret) {
        if (Objects.requireNonNull(secret).isBlank()) {
            throw new IllegalArgumentException("the seal's secret is blank");
        }
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            key = new SecretKeySpec(mac.doFinal("laureate sealed secrets".getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a stored value is sealed. */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The value sealed, different at every call. */
    public String seal(String plain) {
        var nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value a sealed one holds, or a value stored unsealed as it is; refuses one sealed under another key. */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        var bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE));
            return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A secret was sealed under another key than laureate.key.seal's", e);
        }
    }
}
