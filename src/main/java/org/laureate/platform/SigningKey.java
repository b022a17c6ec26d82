package org.laureate.platform;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;

/**
 * R9.22, R12.14 An RSA key pair under which anonymous credentials are signed blindly and ballots checked: the public
 * key as X.509 SubjectPublicKeyInfo, the private key as PKCS #8, both in base64.
 */
@MappedSuperclass
public abstract class SigningKey {

    @Column(name = "public_key")
    private String publicKey;

    @Column(name = "private_key")
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

    public String getPrivateKey() {
        return privateKey;
    }
}
