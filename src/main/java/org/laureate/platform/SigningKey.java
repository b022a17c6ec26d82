package org.laureate.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * R9.22, R12.14 An RSA key pair under which anonymous credentials are signed blindly and ballots checked: the public
 * key as X.509 SubjectPublicKeyInfo, the private key as PKCS #8, both in base64. R9.28 The private key is stored
 * sealed under the server's seal; R9.29 it is destroyed once its ballot closes, the public key kept to check the
 * ballots.
 */
@MappedSuperclass
public abstract class SigningKey {

    @Column(name = "public_key")
    private String publicKey;

    @Column(name = "signing_secret")
    @Convert(converter = SealedColumn.class)
    private String privateKey;

    protected SigningKey() {
    }

    protected SigningKey(String publicKey, String privateKey) {
        this.publicKey = Objects.requireNonNull(publicKey);
        this.privateKey = Objects.requireNonNull(privateKey);
    }

    public String getPublicKey() {
        return publicKey;
    }

    /** The private key, while its ballot is open. */
    public String getPrivateKey() {
        if (privateKey == null) {
            throw new IllegalStateException("The private key was destroyed when its ballot closed");
        }
        return privateKey;
    }

    /** Whether the private key has been destroyed. */
    public boolean isDestroyed() {
        return privateKey == null;
    }
}
