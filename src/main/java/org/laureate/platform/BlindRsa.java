package org.laureate.platform;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The server's half of RFC 9474 blind RSA signatures, variant RSABSSA-SHA384-PSS-Randomized (the variant the browser's
 * {@code RSABSSA.SHA384.PSS.Randomized()} of {@code @cloudflare/blindrsa-ts} uses): the browser prepares its token
 * (32 random bytes before it), encodes it with EMSA-PSS (SHA-384, MGF1-SHA-384, a salt of 48 bytes) and blinds it; the
 * server signs the blinded message with the raw private-key operation and never sees the token; the unblinded
 * signature is an ordinary RSASSA-PSS signature of the prepared token, which the server checks when a ballot comes.
 *
 * <p>Rules: R9.22 one key pair of {@value #MODULUS_BITS} bits per petition of a round; R9.23 BlindSign refuses a
 * message that is not below the modulus and checks its own result with the public exponent (RFC 9474, 4.3);
 * R9.24 a credential is valid when its signature verifies as RSASSA-PSS of the prepared token.
 */
public final class BlindRsa {

    /** The size of every key's modulus. */
    public static final int MODULUS_BITS = 2048;

    private static final PSSParameterSpec PSS = new PSSParameterSpec("SHA-384", "MGF1", MGF1ParameterSpec.SHA384,
            48, PSSParameterSpec.TRAILER_FIELD_BC);

    private BlindRsa() {
    }

    /** R9.22 A new key pair. */
    public static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(MODULUS_BITS);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key pair as it is stored: the public key as base64 of X.509, the private key as base64 of PKCS #8. */
    public record EncodedPair(String publicKey, String privateKey) {
    }

    /** R9.22 A new key pair, encoded as it is stored. */
    public static EncodedPair generateEncoded() {
        var pair = generate();
        return new EncodedPair(encode((RSAPublicKey) pair.getPublic()), encode((RSAPrivateCrtKey) pair.getPrivate()));
    }

    /**
     * R9.23 RFC 9474 BlindSign: s = m^d mod n of the blinded message m (by the Chinese remainder theorem), checked by
     * s^e mod n = m, as {@code k} bytes (the size of the modulus).
     *
     * @throws IllegalArgumentException when the message is not of {@code k} bytes or not below the modulus
     */
    public static byte[] blindSign(RSAPrivateCrtKey key, byte[] blindedMessage) {
        var n = key.getModulus();
        int k = (n.bitLength() + 7) / 8;
        if (blindedMessage.length != k) {
            throw new IllegalArgumentException("A blinded message has " + k + " bytes");
        }
        var m = new BigInteger(1, blindedMessage);
        if (m.compareTo(n) >= 0) {
            throw new IllegalArgumentException("A blinded message is below the modulus");
        }
        var p = key.getPrimeP();
        var q = key.getPrimeQ();
        var s1 = m.mod(p).modPow(key.getPrimeExponentP(), p);
        var s2 = m.mod(q).modPow(key.getPrimeExponentQ(), q);
        var h = key.getCrtCoefficient().multiply(s1.subtract(s2)).mod(p);
        var s = s2.add(h.multiply(q));
        if (!s.modPow(key.getPublicExponent(), n).equals(m)) {
            throw new IllegalStateException("The blind signature does not verify");
        }
        return fixed(s, k);
    }

    /** R9.24 Whether {@code signature} is the RSASSA-PSS (SHA-384, salt 48) signature of {@code preparedToken}. */
    public static boolean verify(RSAPublicKey key, byte[] preparedToken, byte[] signature) {
        try {
            var verifier = Signature.getInstance("RSASSA-PSS");
            verifier.setParameter(PSS);
            verifier.initVerify(key);
            verifier.update(preparedToken);
            return verifier.verify(signature);
        } catch (java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** R9.8 The receipt of a ballot: the SHA-256 of its credential's prepared token, in lower-case hex. */
    public static String receipt(byte[] preparedToken) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(preparedToken));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A public key as base64 of its X.509 SubjectPublicKeyInfo, as the browser imports it. */
    public static String encode(RSAPublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** A private key as base64 of its PKCS #8 encoding. */
    public static String encode(RSAPrivateCrtKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static RSAPublicKey publicKey(String encoded) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RSAPrivateCrtKey privateKey(String encoded) {
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] fixed(BigInteger value, int length) {
        byte[] bytes = value.toByteArray();
        if (bytes.length == length) {
            return bytes;
        }
        byte[] out = new byte[length];
        if (bytes.length > length) {
            System.arraycopy(bytes, bytes.length - length, out, 0, length);
        } else {
            System.arraycopy(bytes, 0, out, length - bytes.length, bytes.length);
        }
        return out;
    }
}
