package org.laureate.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.laureate.demo.DemoData;
import org.laureate.security.control.SecondFactor;
import org.laureate.security.entity.Account;

/**
 * Lets an in-container test sign in as an account whose role needs a second factor, as often as it likes: the account
 * keeps its secret (the demo secret when it had none) and forgets which codes were used, and the code of the present
 * time step is returned. Tests of the second factor itself (AccountsIT) do not use it.
 */
@Stateless
public class SecondFactorFixture {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The code to sign in with now, or {@code null} when the account needs no second factor (or does not exist). */
    public String freshCode(String username) {
        var account = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (account == null || !account.needsSecondFactor()) {
            return null;
        }
        var secret = account.hasSecondFactor() ? account.getSecondFactorSecret() : DemoData.TOTP_SECRET;
        account.enrolSecondFactor(secret, 0);
        return new SecondFactor().code(secret, SecondFactor.stepAt(clock.instant()));
    }
}
