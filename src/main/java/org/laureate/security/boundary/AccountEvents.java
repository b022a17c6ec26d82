package org.laureate.security.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.laureate.platform.StateChange;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEvent;
import org.laureate.security.entity.AccountEventKind;
import org.laureate.security.entity.PasswordReset;

/**
 * R3.13 Keeps each security event of an account for its holder and records it in the audit log, in the caller's
 * transaction; withdraws the reset links an account still has open.
 */
@Dependent
class AccountEvents {

    /** The audit log's subject of an account's security events. */
    static final String SUBJECT = "Account";

    /** The actor of the changes made during a sign-in or through a reset link, before anyone is signed in. */
    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<StateChange> changes;

    void record(Account account, AccountEventKind kind, String actor) {
        em.persist(new AccountEvent(account, clock.instant(), kind, actor));
        changes.fire(new StateChange(SUBJECT, String.valueOf(account.getId()), kind.name(), null,
                account.getUsername()));
    }

    void withdrawOpenResets(Account account, Instant now) {
        em.createNamedQuery(PasswordReset.FIND_OPEN_OF_ACCOUNT, PasswordReset.class)
                .setParameter("account", account)
                .getResultList()
                .forEach(reset -> reset.withdraw(now));
    }
}
