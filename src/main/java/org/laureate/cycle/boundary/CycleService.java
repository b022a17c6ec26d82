package org.laureate.cycle.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.security.entity.Role;

/** The way in to award cycles. */
@Stateless
public class CycleService {

    @PersistenceContext
    EntityManager em;

    /** R1.4 The current cycle is the latest one announced (not a draft); the public sees it. */
    @PermitAll
    public Optional<AwardCycle> current() {
        return em.createNamedQuery(AwardCycle.FIND_CURRENT, AwardCycle.class)
                .setParameter("draft", CyclePhase.DRAFT)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<AwardCycle> all() {
        return em.createNamedQuery(AwardCycle.FIND_ALL, AwardCycle.class).getResultList();
    }
}
