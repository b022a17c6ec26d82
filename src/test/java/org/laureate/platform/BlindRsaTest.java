package org.laureate.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.laureate.it.BlindClient;

class BlindRsaTest {

    private static final HexFormat HEX = HexFormat.of();

    private static Properties vector() throws IOException {
        var vector = new Properties();
        try (var in = BlindRsaTest.class.getResourceAsStream("rfc9474-a1.properties")) {
            vector.load(in);
        }
        return vector;
    }

    private static BigInteger number(Properties vector, String name) {
        return new BigInteger(vector.getProperty(name), 16);
    }

    private static RSAPrivateCrtKey privateKey(Properties v) throws Exception {
        var n = number(v, "n");
        var e = number(v, "e");
        var d = number(v, "d");
        var p = number(v, "p");
        var q = number(v, "q");
        var spec = new RSAPrivateCrtKeySpec(n, e, d, p, q, d.mod(p.subtract(BigInteger.ONE)),
                d.mod(q.subtract(BigInteger.ONE)), q.modInverse(p));
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(spec);
    }

    private static RSAPublicKey publicKey(Properties v) throws Exception {
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(number(v, "n"), number(v, "e")));
    }

    @Test
    void r9_23_blindSignGivesTheBlindSignatureOfRfc9474TestVector() throws Exception {
        var v = vector();
        assertThat(HEX.formatHex(BlindRsa.blindSign(privateKey(v), HEX.parseHex(v.getProperty("blinded_msg")))))
                .isEqualTo(v.getProperty("blind_sig"));
    }

    @Test
    void r9_24_theSignatureOfRfc9474TestVectorVerifiesOverThePreparedMessageOnly() throws Exception {
        var v = vector();
        var prepared = HEX.parseHex(v.getProperty("prepared_msg"));
        var sig = HEX.parseHex(v.getProperty("sig"));
        assertThat(BlindRsa.verify(publicKey(v), prepared, sig)).isTrue();
        prepared[0] ^= 1;
        assertThat(BlindRsa.verify(publicKey(v), prepared, sig)).isFalse();
        var withoutPrefix = HEX.parseHex(v.getProperty("prepared_msg").substring(64));
        assertThat(BlindRsa.verify(publicKey(v), withoutPrefix, sig)).as("the random prefix is signed too").isFalse();
    }

    @Test
    void r9_23_aMessageNotBelowTheModulusOrOfAnotherSizeIsRefused() throws Exception {
        var v = vector();
        var key = privateKey(v);
        assertThatThrownBy(() -> BlindRsa.blindSign(key, HEX.parseHex(v.getProperty("n"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlindRsa.blindSign(key, new byte[12])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void r9_22_aFreshKeySignsBlindlyAndTheUnblindedCredentialVerifies() {
        var pair = BlindRsa.generate();
        var publicKey = BlindRsa.publicKey(BlindRsa.encode((RSAPublicKey) pair.getPublic()));
        var privateKey = BlindRsa.privateKey(BlindRsa.encode((RSAPrivateCrtKey) pair.getPrivate()));
        assertThat(publicKey.getModulus().bitLength()).isEqualTo(BlindRsa.MODULUS_BITS);
        var blinded = BlindClient.blind(publicKey);
        var credential = BlindClient.finalize(publicKey, blinded, BlindRsa.blindSign(privateKey, blinded.message()));
        assertThat(blinded.message()).isNotEqualTo(credential.token());
        assertThat(BlindRsa.verify(publicKey, credential.token(), credential.signature())).isTrue();
        var other = (RSAPublicKey) BlindRsa.generate().getPublic();
        assertThat(BlindRsa.verify(other, credential.token(), credential.signature()))
                .as("a credential of another petition's key").isFalse();
        assertThat(BlindRsa.receipt(credential.token())).hasSize(64).isEqualTo(BlindRsa.receipt(credential.token()));
    }
}
