package org.laureate.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.laureate.security.control.SecondFactor;
import org.laureate.security.control.SignInThrottle;
import org.laureate.security.control.Usernames;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEventKind;
import org.laureate.security.entity.FailedSignIns;
import org.laureate.security.entity.Role;

/**
 * The two steps of a sign-in, for the identity store and the sign-in page: the password, then, for the roles that
 * need it, a code of the second factor (R3.10, R3.11). Permitted to everyone, since nobody is signed in yet; every
 * method checks the password itself. Every attempt is first weighed against the failures of its account name and of
 * its client address (R3.14), and the typed name is normalised and compared exactly (R3.15).
 */
@Stateless
@PermitAll
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Inject
    AccountEvents events;

    @Inject
    SignInLedger ledger;

    private final SecondFactor secondFactor = new SecondFactor();

    /**
     * R3.4 Checks a name and password from a client address, taking as long for an unknown name; then says what the
     * sign-in needs. R3.14 Refused unchecked while the name or the address must wait.
     */
    public SignInStep checkPassword(String typedName, String password, String address) {
        var username = Usernames.normalise(typedName);
        var attempt = attempt(username, address);
        if (attempt.refused()) {
            return SignInStep.THROTTLED;
        }
        var found = enabledAccount(username, password);
        if (found.isEmpty()) {
            attempt.failed(findByUsername(username), "password");
            return SignInStep.REFUSED;
        }
        var account = found.get();
        if (!account.needsSecondFactor()) {
            attempt.succeeded();
            return SignInStep.DONE;
        }
        // the name's count ends only once the code is accepted too, or a known password would clear it between codes
        return account.hasSecondFactor() ? SignInStep.CODE : SignInStep.ENROL;
    }

    /** R3.14 How long an attempt of this name from this address must still wait; empty when it is checked now. */
    public Optional<Duration> retryAfter(String typedName, String address) {
        var wait = new SignInThrottle(clock).waitFor(
                rowOf(FailedSignIns.ofAccount(String.valueOf(Usernames.normalise(typedName)))),
                rowOf(FailedSignIns.ofAddress(String.valueOf(address))));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** R3.15 The account's stored username: the name the container signs in, whatever look-alike was typed. */
    public Optional<String> storedUsername(String typedName) {
        return findByUsername(Usernames.normalise(typedName)).map(Account::getUsername);
    }

    /** The roles of an account that passed {@link #checkPassword} or {@link #checkSecondFactor}. */
    public Set<Role> roles(String username) {
        return findByUsername(Usernames.normalise(username)).map(Account::getRoles).map(Set::copyOf)
                .orElse(Set.of());
    }

    /** A new secret to offer for enrolment; nothing is stored until its first code is checked. */
    public Enrolment offerEnrolment(String username) {
        var secret = secondFactor.newSecret();
        var name = Usernames.normalise(username);
        return new Enrolment(secret, secondFactor.uri(secret, name), secondFactor.qrCode(secret, name));
    }

    /**
     * R3.10, R3.11 The second step: the password again and a code of the second factor, used up once accepted. An
     * account without a second factor enrols the offered secret with its first code (R3.13 recorded). True when the
     * account may now be signed in. R3.14 A wrong code counts as a failure; refused unchecked while waiting.
     */
    public boolean checkSecondFactor(String typedName, String password, String code, String enrolmentSecret,
            String address) {
        var username = Usernames.normalise(typedName);
        var attempt = attempt(username, address);
        if (attempt.refused()) {
            return false;
        }
        var found = enabledAccount(username, password);
        if (found.isEmpty()) {
            attempt.failed(findByUsername(username), "password");
            return false;
        }
        var account = found.get();
        em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        if (accepted(account, code, enrolmentSecret)) {
            attempt.succeeded();
            return true;
        }
        attempt.failed(found, "code of the second factor");
        return false;
    }

    private boolean accepted(Account account, String code, String enrolmentSecret) {
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

    /** R3.14 Opens and locks the rows of failures of the name and the address, in that order, for this attempt. */
    private Attempt attempt(String username, String address) {
        var attempt = new Attempt(username, address, locked(FailedSignIns.ofAccount(String.valueOf(username))),
                locked(FailedSignIns.ofAddress(String.valueOf(address))));
        var wait = attempt.throttle.waitFor(attempt.byName, attempt.byAddress);
        if (!wait.isZero()) {
            LOG.info(() -> "Sign-in of '" + username + "' from " + address + " refused unchecked for "
                    + wait.toSeconds() + " s more (" + attempt.byName.getFailures() + " failures of the name, "
                    + attempt.byAddress.getFailures() + " of the address)");
            attempt.refused = true;
        }
        return attempt;
    }

    /**
     * The subject's row, locked; opened first, in a transaction of its own, when a plain read finds none (a locking
     * read of a missing row would hold a gap lock that the opening's insert then waits for).
     */
    private FailedSignIns locked(String subject) {
        var id = FailedSignIns.idOf(subject);
        if (em.find(FailedSignIns.class, id) == null) {
            ledger.open(subject);
        }
        return em.find(FailedSignIns.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private FailedSignIns rowOf(String subject) {
        var row = em.find(FailedSignIns.class, FailedSignIns.idOf(subject));
        return row == null ? new FailedSignIns(subject) : row;
    }

    /**
     * R3.4 The enabled account that this password opens; R3.19 an account whose holder has set no password yet is
     * refused as a wrong password is, after as long a check.
     */
    private Optional<Account> enabledAccount(String username, String password) {
        var account = username == null ? Optional.<Account>empty() : findByUsername(username);
        var hash = account.filter(Account::isEnabled).flatMap(Account::getPasswordHash);
        if (hash.isEmpty() || password == null) {
            passwords.verifyNothing(password);
            return Optional.empty();
        }
        return passwords.verify(password, hash.get()) ? account : Optional.empty();
    }

    /** R3.15 The account whose stored username is exactly this one (the database's collation may match others). */
    private Optional<Account> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .filter(account -> account.getUsername().equals(username))
                .findFirst();
    }

    /** One attempt's rows of failures, locked until its transaction ends. */
    private final class Attempt {

        private final SignInThrottle throttle = new SignInThrottle(clock);
        private final String username;
        private final String address;
        private final FailedSignIns byName;
        private final FailedSignIns byAddress;
        private boolean refused;

        private Attempt(String username, String address, FailedSignIns byName, FailedSignIns byAddress) {
            this.username = username;
            this.address = address;
            this.byName = byName;
            this.byAddress = byAddress;
        }

        boolean refused() {
            return refused;
        }

        /** R3.14 Counts the failure on both rows, logs it, and records it (and a lock) as an event of the account. */
        void failed(Optional<Account> account, String what) {
            var nameLocked = throttle.failed(byName, SignInThrottle.ACCOUNT);
            var addressLocked = throttle.failed(byAddress, SignInThrottle.ADDRESS);
            LOG.warning(() -> "Sign-in of " + (account.isPresent() ? "'" + username + "'" : "an unknown name")
                    + " from " + address + " failed: wrong " + what + " (" + byName.getFailures()
                    + " failures in a row of the name, " + byAddress.getFailures() + " of the address)"
                    + (nameLocked ? "; the name is locked for " + SignInThrottle.ACCOUNT.lock().toMinutes()
                            + " min" : "")
                    + (addressLocked ? "; the address is locked for " + SignInThrottle.ADDRESS.lock().toMinutes()
                            + " min" : ""));
            account.ifPresent(holder -> {
                events.record(holder, AccountEventKind.SIGN_IN_FAILED, AccountEvents.SYSTEM);
                if (nameLocked) {
                    events.record(holder, AccountEventKind.SIGN_IN_LOCKED, AccountEvents.SYSTEM);
                }
            });
        }

        void succeeded() {
            throttle.succeeded(byName);
        }
    }
}
