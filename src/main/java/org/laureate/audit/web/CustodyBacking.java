package org.laureate.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.laureate.audit.boundary.AuditService;
import org.laureate.audit.control.ChainVerification;
import org.laureate.audit.entity.AuditEntry;
import org.laureate.nomination.boundary.PetitionRegistryService;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.CapitalTime;

/**
 * A petition's chain of custody for the secretariat (R5.9): its entries in the audit log, oldest first, with the
 * verification of the whole chain, so that the reader knows whether the path shown can be trusted.
 */
@Named
@RequestScoped
public class CustodyBacking {

    /** The subject under which the audit log records a petition's changes. */
    static final String PETITION = "Nomination";

    private static final int SHORT_HASH = 12;

    @Inject
    AuditService audit;

    @Inject
    PetitionRegistryService registry;

    private Long petition;
    private Nomination nomination;
    private List<AuditEntry> entries = List.of();
    private ChainVerification verification;

    /** Loads the petition named by the view parameter, its entries, and verifies the chain. */
    public void load() {
        if (petition == null) {
            return;
        }
        nomination = registry.open(petition).getNomination();
        entries = audit.history(PETITION, String.valueOf(petition));
        verification = audit.verify();
    }

    /** Whether the entry is the one verification reports. */
    public boolean reported(AuditEntry entry) {
        return verification != null && !verification.intact() && entry.getId().equals(verification.entryId());
    }

    /** The first characters of a hash, enough to compare by eye; the whole one is its title. */
    public String shortHash(String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(SHORT_HASH, hash.length()));
    }

    /** An instant as the date and time of the capitals, to the second. */
    public String when(Instant instant) {
        return CapitalTime.seconds(instant);
    }

    public Long getPetition() {
        return petition;
    }

    public void setPetition(Long petition) {
        this.petition = petition;
    }

    public Nomination getNomination() {
        return nomination;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public ChainVerification getVerification() {
        return verification;
    }
}
