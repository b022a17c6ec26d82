package org.laureate.it;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * The browser's half of RFC 9474 (RSABSSA-SHA384-PSS-Randomized), written out for the tests: prepare a random token,
 * encode it with EMSA-PSS, blind it, and finalize the server's blind signature into a credential.
 */
public final class BlindClient {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int HASH = 48;

    private BlindClient() {
    }

    /** A blinded request: the prepared token (kept), the blinded message (sent) and the inverse of the blind. */
    public record Blinded(byte[] token, byte[] message, BigInteger inverse) {
    }

    /** An anonymous credential: the prepared token and its signature. */
    public record Credential(byte[] token, byte[] signature) {
    }

    /** Prepares a new random token (32 random bytes of prefix, 32 of message) and blinds it for {@code key}. */
    public static Blinded blind(RSAPublicKey key) {
        byte[] token = new byte[64];
        RANDOM.nextBytes(token);
        return blind(key, token);
    }

    /** Blinds the given token for {@code key}, as a client that chooses its tokens may. */
    public static Blinded blind(RSAPublicKey key, byte[] token) {
        var n = key.getModulus();
        byte[] salt = new byte[HASH];
        RANDOM.nextBytes(salt);
        var m = new BigInteger(1, encode(token, n.bitLength() - 1, salt));
        BigInteger r;
        do {
            r = new BigInteger(n.bitLength(), RANDOM).mod(n);
        } while (r.signum() == 0 || !r.gcd(n).equals(BigInteger.ONE));
        var blinded = m.multiply(r.modPow(key.getPublicExponent(), n)).mod(n);
        return new Blinded(token, fixed(blinded, (n.bitLength() + 7) / 8), r.modInverse(n));
    }

    /** Unblinds the server's blind signature into the credential. */
    public static Credential finalize(RSAPublicKey key, Blinded blinded, byte[] blindSignature) {
        var n = key.getModulus();
        var s = new BigInteger(1, blindSignature).multiply(blinded.inverse()).mod(n);
        return new Credential(blinded.token(), fixed(s, (n.bitLength() + 7) / 8));
    }

    /** EMSA-PSS-ENCODE (RFC 8017, 9.1.1) with SHA-384 and MGF1-SHA-384. */
    static byte[] encode(byte[] message, int emBits, byte[] salt) {
        int emLen = (emBits + 7) / 8;
        byte[] mHash = sha384(message);
        byte[] prime = new byte[8 + HASH + salt.length];
        System.arraycopy(mHash, 0, prime, 8, HASH);
        System.arraycopy(salt, 0, prime, 8 + HASH, salt.length);
        byte[] h = sha384(prime);
        byte[] db = new byte[emLen - HASH - 1];
        db[db.length - salt.length - 1] = 1;
        System.arraycopy(salt, 0, db, db.length - salt.length, salt.length);
        byte[] mask = mgf1(h, db.length);
        for (int i = 0; i < db.length; i++) {
            db[i] ^= mask[i];
        }
        db[0] &= (byte) (0xFF >>> (8 * emLen - emBits));
        byte[] em = Arrays.copyOf(db, emLen);
        System.arraycopy(h, 0, em, db.length, HASH);
        em[emLen - 1] = (byte) 0xbc;
        return em;
    }

    private static byte[] mgf1(byte[] seed, int length) {
        byte[] out = new byte[length];
        int at = 0;
        for (int counter = 0; at < length; counter++) {
            byte[] input = Arrays.copyOf(seed, seed.length + 4);
            input[seed.length] = (byte) (counter >>> 24);
            input[seed.length + 1] = (byte) (counter >>> 16);
            input[seed.length + 2] = (byte) (counter >>> 8);
            input[seed.length + 3] = (byte) counter;
            byte[] block = sha384(input);
            int take = Math.min(block.length, length - at);
            System.arraycopy(block, 0, out, at, take);
            at += take;
        }
        return out;
    }

    private static byte[] sha384(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-384").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fixed(BigInteger value, int length) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[length];
        int from = Math.max(0, bytes.length - length);
        System.arraycopy(bytes, from, out, length - (bytes.length - from), bytes.length - from);
        return out;
    }
}
