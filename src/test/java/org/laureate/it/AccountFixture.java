package org.laureate.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import org.laureate.platform.Country;
import org.laureate.security.boundary.PasswordHashing;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/**
 * Accounts with a known password for the tests, stored directly as the demo data stores its own: the secretariat's
 * operations open an account without a password, which its holder sets through a mailed link (R3.19).
 */
@Stateless
public class AccountFixture {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    /** An enabled account with these roles (a ministry's of {@code country}) whose password is {@code password}. */
    public Account withPassword(String username, String password, Set<Role> roles, Country country, String email) {
        var account = new Account(username, passwords.hash(password), "Ўладзімір Іваноў", email);
        account.assign(roles, country, null);
        em.persist(account);
        em.flush();
        return account;
    }
}
