package org.laureate.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.security.enterprise.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.laureate.audit.control.AuditChain;
import org.laureate.audit.control.ChainVerification;
import org.laureate.audit.entity.AuditChainHead;
import org.laureate.audit.entity.AuditEntry;
import org.laureate.platform.StateChange;
import org.laureate.security.entity.Role;

/** The way in to the audit trail: records every state change, pages through the log, verifies its chain. */
@Stateless
public class AuditService {

    /** The actor of a change made without a signed-in caller (R5.2). */
    public static final String SYSTEM = "system";

    /** The actor of an unattributed change, whoever made it (R5.7). */
    public static final String UNATTRIBUTED = "-";

    private static final int VERIFY_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext securityContext;

    @Inject
    Clock clock;

    @Inject
    AuditAnchoring anchoring;

    private final AuditChain chain = new AuditChain();

    /**
     * R5.1 Records a state change in the caller's transaction; R5.4 the chain's head stays locked until that
     * transaction ends, and several changes of one transaction follow each other in it, in the order of their ids;
     * R5.7 an unattributed change never names its caller.
     */
    @PermitAll
    public void record(@Observes StateChange change) {
        var head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        var principal = securityContext.getCallerPrincipal();
        var actor = !change.attributed() ? UNATTRIBUTED : principal == null ? SYSTEM : principal.getName();
        var entry = chain.next(head.getLastHash(), clock.instant(), actor, change);
        em.persist(entry);
        // written now, so that entries a transaction appends take their ids in the order of the chain
        em.flush();
        head.advanceTo(entry);
    }

    /** R5.6 A page of the entries that match, newest first. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<AuditEntry> find(AuditFilter filter, int first, int max) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(AuditEntry.class);
        var entry = query.from(AuditEntry.class);
        query.select(entry).where(matching(filter, cb, entry)).orderBy(cb.desc(entry.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** R5.6 How many entries match. */
    @RolesAllowed(Role.Names.ADMIN)
    public long count(AuditFilter filter) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(matching(filter, cb, entry));
        return em.createQuery(query).getSingleResult();
    }

    /** The subjects that occur in the log, for the filter. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<String> subjects() {
        return em.createNamedQuery(AuditEntry.FIND_SUBJECTS, String.class).getResultList();
    }

    /** R5.9 Every entry about one subject, e.g. a petition's chain of custody, oldest first. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<AuditEntry> history(String subject, String subjectId) {
        return em.createNamedQuery(AuditEntry.FIND_BY_SUBJECT, AuditEntry.class)
                .setParameter("subject", subject)
                .setParameter("subjectId", subjectId)
                .getResultList();
    }

    /**
     * R5.5, R5.8, R5.10 Verifies the whole chain, its end against the head and its entries against the anchors kept
     * outside the database; the head and the entries are read in this transaction's snapshot: the
     * head first, then the entries a batch at a time.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public ChainVerification verify() {
        var read = anchoring.anchors();
        if (read.isEmpty()) {
            return new ChainVerification(ChainVerification.Outcome.FORGED_ANCHOR, 0, null);
        }
        var anchors = read.get();
        var headHash = em.createNamedQuery(AuditChainHead.FIND_LAST_HASH, String.class)
                .setParameter("id", AuditChainHead.ID)
                .getSingleResult();
        return chain.verify(headHash, after -> {
            em.clear();
            return em.createNamedQuery(AuditEntry.FIND_IN_ORDER, AuditEntry.class)
                    .setParameter("after", after)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
        }, anchors);
    }

    /** R5.10 Whether the chain is anchored outside the database (a key is configured). */
    @RolesAllowed(Role.Names.ADMIN)
    public boolean anchored() {
        return anchoring.configured();
    }

    private static Predicate[] matching(AuditFilter filter, CriteriaBuilder cb, Root<AuditEntry> entry) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.subject() != null) {
            predicates.add(cb.equal(entry.get("subject"), filter.subject()));
        }
        if (filter.subjectId() != null) {
            predicates.add(cb.equal(entry.get("subjectId"), filter.subjectId()));
        }
        if (filter.actor() != null) {
            predicates.add(cb.equal(entry.get("actor"), filter.actor()));
        }
        if (filter.action() != null) {
            predicates.add(cb.equal(entry.get("action"), filter.action()));
        }
        if (filter.from() != null) {
            predicates.add(cb.greaterThanOrEqualTo(entry.<Instant>get("occurredAt"), filter.from()));
        }
        if (filter.until() != null) {
            predicates.add(cb.lessThan(entry.<Instant>get("occurredAt"), filter.until()));
        }
        return predicates.toArray(Predicate[]::new);
    }
}
