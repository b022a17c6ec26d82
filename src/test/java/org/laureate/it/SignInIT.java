package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.demo.DemoData;
import org.laureate.platform.Country;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.boundary.SecondFactorCredential;
import org.laureate.security.boundary.SignInService;
import org.laureate.security.boundary.SignInStep;
import org.laureate.security.control.SecondFactor;
import org.laureate.security.control.SignInThrottle;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEventKind;
import org.laureate.security.entity.FailedSignIns;
import org.laureate.security.entity.Role;

/**
 * Sign-in on Payara Micro against MariaDB: failed sign-ins throttled by account name and by client address, with the
 * count kept in the database for every server (R3.14); look-alike names signing in as the stored username, which the
 * audit then names (R3.15). The addresses are of IPv6's documentation prefix (RFC 3849), a new one each time, so that
 * neither the suite's own address nor another test's rows of failures share their count.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String PASSWORD = "a long first password";

    private final SecondFactor factor = new SecondFactor();

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    SignInService signIn;

    @Inject
    AccountService accounts;

    @Inject
    SecurityContext security;

    @Inject
    SecondFactorFixture secondFactor;

    @Inject
    Store store;

    @Inject
    AccountFixture fixture;

    @AfterEach
    void anonymousAgain() {
        Caller.anonymous();
    }

    private Account opened(Set<Role> roles) {
        return fixture.withPassword("sign-" + UUID.randomUUID().toString().substring(0, 8), PASSWORD, roles,
                Country.BY, null);
    }

    /**
     * A client address no other test uses: of the documentation prefix of IPv6 (RFC 3849), with a random interface
     * part, since a row of failures kept for an address outlives the test that wrote it.
     */
    private static String address() {
        var random = ThreadLocalRandom.current();
        return String.format(Locale.ROOT, "2001:db8::%x:%x:%x", random.nextInt(0x10000), random.nextInt(0x10000),
                random.nextInt(0x10000));
    }

    private long events(Account account, AccountEventKind kind) {
        return store.sql("SELECT COUNT(*) FROM account_event WHERE account_id = ? AND kind = ?", account.getId(),
                kind.name()).stream().mapToLong(count -> ((Number) count).longValue()).sum();
    }

    private int storedFailures(String subject) {
        return store.sql("SELECT failures FROM sign_in_failures WHERE id = ?", FailedSignIns.idOf(subject)).stream()
                .mapToInt(count -> ((Number) count).intValue()).sum();
    }

    @Test
    void r3_14_fiftyWrongPasswordsAtOnceThenTheRightOneIsRefused() {
        var account = opened(EnumSet.of(Role.MINISTRY));
        var name = account.getUsername();
        var from = address();
        Map<SignInStep, Integer> answers = new EnumMap<>(SignInStep.class);
        var started = Instant.now();

        for (int i = 0; i < 50; i++) {
            answers.merge(signIn.checkPassword(name, "wrong password " + i, from), 1, Integer::sum);
        }
        var right = signIn.checkPassword(name, PASSWORD, from);
        var elapsed = Duration.between(started, Instant.now());

        System.out.printf("Throttle: 50 wrong passwords in %d ms: %s; then the right one: %s%n", elapsed.toMillis(),
                answers, right);
        assertThat(right).as("the right password, at once after them").isEqualTo(SignInStep.THROTTLED);
        assertThat(answers.get(SignInStep.REFUSED)).as("passwords checked: the free ones and those after a wait")
                .isBetween(SignInThrottle.ACCOUNT.free() + 1, SignInThrottle.ACCOUNT.lockAt());
        assertThat(answers.get(SignInStep.THROTTLED)).isEqualTo(50 - answers.get(SignInStep.REFUSED));
        assertThat(signIn.checkPassword(name, PASSWORD, address())).as("from another address too")
                .isEqualTo(SignInStep.THROTTLED);
        assertThat(Caller.authenticate(new UsernamePasswordCredential(name, PASSWORD)))
                .as("through the container's sign-in as well").isNotEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(signIn.retryAfter(name, from)).hasValueSatisfying(wait -> assertThat(wait).isPositive());
        assertThat(storedFailures(FailedSignIns.ofAccount(name))).as("counted in the database")
                .isEqualTo(answers.get(SignInStep.REFUSED));
        assertThat(events(account, AccountEventKind.SIGN_IN_FAILED)).as("each checked failure recorded for the holder")
                .isEqualTo(answers.get(SignInStep.REFUSED).longValue());
    }

    @Test
    void r3_14_aWaitWrittenByAnotherServerIsHonouredAndALockEndsByItself() {
        var name = opened(EnumSet.of(Role.MINISTRY)).getUsername();
        var now = Instant.now();
        var locked = new FailedSignIns(FailedSignIns.ofAccount(name));
        locked.fail(now, true, now.plus(Duration.ofMinutes(10)));
        store.persist(locked);

        assertThat(signIn.checkPassword(name, PASSWORD, address())).isEqualTo(SignInStep.THROTTLED);
        assertThat(signIn.retryAfter(name, address())).hasValueSatisfying(wait -> assertThat(wait)
                .isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10)));

        var other = opened(EnumSet.of(Role.MINISTRY)).getUsername();
        var ended = new FailedSignIns(FailedSignIns.ofAccount(other));
        ended.fail(now.minus(Duration.ofMinutes(16)), true, now.minus(Duration.ofMinutes(1)));
        store.persist(ended);
        assertThat(signIn.checkPassword(other, PASSWORD, address())).as("the lock has ended")
                .isEqualTo(SignInStep.DONE);
        assertThat(storedFailures(FailedSignIns.ofAccount(other))).as("a success ends the row").isZero();
    }

    @Test
    void r3_14_oneAddressFailingOnManyNamesWaitsButOtherAddressesDoNot() {
        var name = opened(EnumSet.of(Role.MINISTRY)).getUsername();
        var from = address();
        var now = Instant.now();
        var address = new FailedSignIns(FailedSignIns.ofAddress(from));
        for (int i = 1; i < SignInThrottle.ADDRESS.free(); i++) {
            address.fail(now, i == 1, null);
        }
        store.persist(address);

        assertThat(signIn.checkPassword("nobody-" + UUID.randomUUID(), PASSWORD, from)).isEqualTo(SignInStep.REFUSED);
        assertThat(signIn.checkPassword("nobody-" + UUID.randomUUID(), PASSWORD, from)).isEqualTo(SignInStep.REFUSED);

        assertThat(signIn.checkPassword(name, PASSWORD, from)).as("the address waits, whatever the name")
                .isEqualTo(SignInStep.THROTTLED);
        assertThat(signIn.checkPassword(name, PASSWORD, address())).as("another address does not")
                .isEqualTo(SignInStep.DONE);
    }

    @Test
    void r3_14_successesNeverCountAndEndTheNamesRow() {
        var name = opened(EnumSet.of(Role.MINISTRY)).getUsername();
        var from = address();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < SignInThrottle.ACCOUNT.free() - 1; i++) {
                assertThat(signIn.checkPassword(name, "wrong password", from)).isEqualTo(SignInStep.REFUSED);
            }
            assertThat(signIn.checkPassword(name, PASSWORD, from)).isEqualTo(SignInStep.DONE);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(signIn.checkPassword(name, PASSWORD, from)).isEqualTo(SignInStep.DONE);
        }
        assertThat(storedFailures(FailedSignIns.ofAccount(name))).isZero();
    }

    @Test
    void r3_14_wrongCodesCountAndAKnownPasswordDoesNotClearThem() {
        var name = opened(EnumSet.of(Role.EXPERT)).getUsername();
        var from = address();
        var secret = signIn.offerEnrolment(name).secret();
        var step = SecondFactor.stepAt(Instant.now());
        assertThat(signIn.checkSecondFactor(name, PASSWORD, factor.code(secret, step), secret, from)).isTrue();

        for (int i = 0; i <= SignInThrottle.ACCOUNT.free(); i++) {
            assertThat(signIn.checkPassword(name, PASSWORD, from)).as("the password, again").isEqualTo(SignInStep.CODE);
            assertThat(signIn.checkSecondFactor(name, PASSWORD, factor.code(secret, step + 9), null, from)).isFalse();
        }

        assertThat(signIn.checkPassword(name, PASSWORD, from)).isEqualTo(SignInStep.THROTTLED);
        assertThat(signIn.checkSecondFactor(name, PASSWORD, factor.code(secret, step + 1), null, from))
                .as("even the right code waits").isFalse();
    }

    @Test
    void r3_15_lookAlikeNamesSignInAsTheStoredUsernameWhichTheAuditNames() {
        for (var typed : new String[] {"ａｄｍｉｎ", "a\u200bdmin", " ADMIN "}) {
            var target = opened(EnumSet.of(Role.EXPERT));
            assertThat(Caller.authenticate(new SecondFactorCredential(typed, DemoData.PASSWORD,
                    secondFactor.freshCode("admin"), null))).as(typed).isEqualTo(AuthenticationStatus.SUCCESS);

            assertThat(security.getCallerPrincipal().getName()).as(typed).isEqualTo("admin");
            assertThat(accounts.current()).map(Account::getUsername).contains("admin");
            accounts.resetSecondFactor(target.getId());
            assertThat(store.sql("SELECT actor FROM audit_entry WHERE subject = 'Account' AND subject_id = ?",
                    String.valueOf(target.getId()))).as("the audit's actor").containsExactly("admin");
            assertThat(store.sql("SELECT actor FROM account_event WHERE account_id = ?", target.getId()))
                    .as("the event's actor").containsExactly("admin");
            Caller.anonymous();
        }
    }

    @Test
    void r3_15_aNameTheDatabaseWouldTakeForAnotherIsRefused() {
        var account = opened(EnumSet.of(Role.MINISTRY));
        var lookAlike = "ś" + account.getUsername().substring(1);

        assertThat(signIn.checkPassword(lookAlike, PASSWORD, address()))
                .as("compared exactly, not by the collation").isEqualTo(SignInStep.REFUSED);
        assertThat(Caller.authenticate(new UsernamePasswordCredential(lookAlike, PASSWORD)))
                .isNotEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(signIn.checkPassword(account.getUsername().toUpperCase(), PASSWORD, address()))
                .isEqualTo(SignInStep.DONE);
    }
}
