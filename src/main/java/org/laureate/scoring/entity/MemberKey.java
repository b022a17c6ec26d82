package org.laureate.scoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * R9.4 A member's secret as the database holds it: sealed under a key derived from the member's password and a salt,
 * never in the clear.
 */
@Entity
@Table(name = "member_key")
public class MemberKey {

    @Id
    @Column(name = "account_id")
    private long accountId;

    private String salt;

    @Column(name = "sealed_secret")
    private String sealedSecret;

    protected MemberKey() {
    }

    public MemberKey(long accountId, String salt, String sealedSecret) {
        this.accountId = accountId;
        this.salt = Objects.requireNonNull(salt);
        this.sealedSecret = Objects.requireNonNull(sealedSecret);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getSalt() {
        return salt;
    }

    public String getSealedSecret() {
        return sealedSecret;
    }
}
