package org.laureate.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The head of the audit trail's chain: the hash of its latest entry. A new entry is appended while this one row is
 * locked, so that concurrent transactions link their entries one after the other (R5.4).
 */
@Entity
@Table(name = "audit_chain_head")
@NamedQuery(name = AuditChainHead.FIND_LAST_HASH, query = "SELECT h.lastHash FROM AuditChainHead h WHERE h.id = :id")
public class AuditChainHead {

    /** The head's hash as the database holds it now, read past any entity already in the persistence context. */
    public static final String FIND_LAST_HASH = "AuditChainHead.findLastHash";

    /** The one row of the table. */
    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_hash")
    private String lastHash;

    protected AuditChainHead() {
    }

    public String getLastHash() {
        return lastHash;
    }

    /** Moves the head to the entry appended after it; the entry must link to the current head. */
    public void advanceTo(AuditEntry entry) {
        if (!entry.getPreviousHash().equals(lastHash)) {
            throw new IllegalStateException("The entry does not follow the head of the chain");
        }
        lastHash = entry.getHash();
    }
}
