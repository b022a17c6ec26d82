package org.laureate.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.laureate.security.entity.FailedSignIns;

/**
 * R3.14 Opens the row of failed sign-ins of a subject in a transaction of its own, before the sign-in locks it: two
 * servers that open the same row at once both find it open, one having stored it and the other's duplicate having
 * been rolled back.
 */
@Stateless
@PermitAll
public class SignInLedger {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Stores an empty row for the subject unless it has one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void open(String subject) {
        if (em.find(FailedSignIns.class, FailedSignIns.idOf(subject)) != null) {
            return;
        }
        try {
            em.persist(new FailedSignIns(subject));
            em.flush();
        } catch (PersistenceException stored) {
            context.setRollbackOnly();
        }
    }
}
