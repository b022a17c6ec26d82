package org.laureate.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.laureate.security.control.SecondFactor;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEventKind;
import org.laureate.security.entity.Role;

/**
 * The two steps of a sign-in, for the identity store and the sign-in page: the password, then, for the roles that
 * need it, a code of the second factor (R3.10, R3.11). Permitted to everyone, since nobody is signed in yet; every
 * method checks the password itself.
 */
@Stateless
@PermitAll
public class SignInService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    AccountEvents events;

    private final SecondFactor secondFactor = new SecondFactor();

    /** R3.4 Checks a name and password, taking as long for an unknown name; then says what the sign-in needs. */
    public SignInStep checkPassword(String username, String password) {
        return enabledAccount(username, password)
                .map(account -> !account.needsSecondFactor() ? SignInStep.DONE
                        : account.hasSecondFactor() ? SignInStep.CODE : SignInStep.ENROL)
                .orElse(SignInStep.REFUSED);
    }

    /** The roles of an account that passed {@link #checkPassword} or {@link #checkSecondFactor}. */
    public Set<Role> roles(String username) {
        return findByUsername(username).map(Account::getRoles).map(Set::copyOf).orElse(Set.of());
    }

    /** A new secret to offer for enrolment; nothing is stored until its first code is checked. */
    public Enrolment offerEnrolment(String username) {
        var secret = secondFactor.newSecret();
        return new Enrolment(secret, secondFactor.uri(secret, username), secondFactor.qrCode(secret, username));
    }

    /**
     * R3.10, R3.11 The second step: the password again and a code of the second factor, used up once accepted. An
     * account without a second factor enrols the offered secret with its first code (R3.13 recorded). True when the
     * account may now be signed in.
     */
    public boolean checkSecondFactor(String username, String password, String code, String enrolmentSecret) {
        var found = enabledAccount(username, password);
        if (found.isEmpty()) {
            return false;
        }
        var account = found.get();
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (!account.needsSecondFactor()) {
            return true;
        }
        var now = clock.instant();
        if (account.hasSecondFactor()) {
            var step = secondFactor.match(account.getSecondFactorSecret(), code, now, candidate -> true);
            return step.isPresent() && account.useStep(step.getAsLong());
        }
        if (enrolmentSecret == null) {
            return false;
        }
        var step = secondFactor.match(enrolmentSecret, code, now, candidate -> true);
        if (step.isEmpty()) {
            return false;
        }
        account.enrolSecondFactor(enrolmentSecret, step.getAsLong());
        events.record(account, AccountEventKind.SECOND_FACTOR_ENROLLED, account.getUsername());
        return true;
    }

    private Optional<Account> enabledAccount(String username, String password) {
        var account = username == null ? Optional.<Account>empty() : findByUsername(username);
        if (account.isEmpty() || !account.get().isEnabled() || password == null) {
            passwords.verifyNothing(password);
            return Optional.empty();
        }
        return passwords.verify(password, account.get().getPasswordHash()) ? account : Optional.empty();
    }

    private Optional<Account> findByUsername(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }
}
