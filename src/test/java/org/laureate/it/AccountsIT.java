package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.demo.DemoData;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.platform.KeySeal;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.boundary.NewAccount;
import org.laureate.security.boundary.PasswordResetService;
import org.laureate.security.boundary.SecondFactorCredential;
import org.laureate.security.boundary.SignInService;
import org.laureate.security.boundary.SignInStep;
import org.laureate.security.control.ResetTokens;
import org.laureate.security.control.SecondFactor;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.AccountEvent;
import org.laureate.security.entity.AccountEventKind;
import org.laureate.security.entity.PasswordReset;
import org.laureate.security.entity.Role;

/**
 * Accounts on Payara Micro against MariaDB: one-time reset links (R3.7), a change of one's own password (R3.8), the
 * password policy (R3.9), the second factor (R3.10–R3.12) and the audit of each (R3.13).
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String PASSWORD = "a long first password";
    private static final String NEW_PASSWORD = "another long password";
    /** The client address of the sign-ins checked here directly (TEST-NET-1, RFC 5737). */
    private static final String ADDRESS = "192.0.2.7";
    private static final Pattern LINK =
            Pattern.compile("https://laureate\\.test/reset\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    AccountService accounts;

    @Inject
    PasswordResetService resets;

    @Inject
    SignInService signIn;

    @Inject
    Store store;

    @Inject
    AccountFixture fixture;

    private final SecondFactor factor = new SecondFactor();

    @AfterEach
    void anonymousAgain() {
        Caller.anonymous();
    }

    private Account opened(Set<Role> roles) {
        var username = "acc-" + UUID.randomUUID().toString().substring(0, 8);
        return fixture.withPassword(username, PASSWORD, roles, Country.BY, username + "@example.org");
    }

    /** R3.19 The secretariat opens an account through its form, which has no password. */
    private Account openedBySecretariat(Set<Role> roles, String language) {
        Caller.signIn("admin", DemoData.PASSWORD);
        var form = new NewAccount();
        form.setUsername("new-" + UUID.randomUUID().toString().substring(0, 8));
        form.setFullName("Ўладзімір Іваноў");
        form.setEmail(form.getUsername() + "@example.org");
        form.setRoles(roles);
        form.setCountry(Country.BY);
        form.setLanguage(language);
        var account = accounts.create(form, "https://laureate.test");
        Caller.anonymous();
        return account;
    }

    private String mailedBody(Account account) {
        var bodies = store.sql("SELECT body FROM outbox_mail WHERE recipient = ? ORDER BY id DESC", account.getEmail());
        assertThat(bodies).as("a mail to the holder").isNotEmpty();
        return String.valueOf(bodies.get(0));
    }

    private String mailedToken(Account account) {
        var bodies = store.sql("SELECT body FROM outbox_mail WHERE recipient = ? ORDER BY id DESC", account.getEmail());
        assertThat(bodies).as("a mail to the holder").isNotEmpty();
        var matcher = LINK.matcher(String.valueOf(bodies.get(0)));
        assertThat(matcher.find()).as("the mail carries the link").isTrue();
        return matcher.group(1);
    }

    private List<String> auditActions(Account account) {
        return store.sql("SELECT action FROM audit_entry WHERE subject = 'Account' AND subject_id = ? ORDER BY id",
                String.valueOf(account.getId())).stream().map(String::valueOf).toList();
    }

    private static BusinessException refusal(Runnable call) {
        try {
            call.run();
        } catch (BusinessException e) {
            return e;
        }
        throw new AssertionError("Not refused");
    }

    @Test
    void r3_7_r3_13_aResetLinkSetsANewPasswordOnceAndTheOldOneWorksUntilThen() {
        var account = opened(EnumSet.of(Role.MINISTRY));
        Caller.signIn("admin", DemoData.PASSWORD);
        resets.send(account.getId(), "https://laureate.test");
        Caller.anonymous();
        var token = mailedToken(account);

        Caller.signIn(account.getUsername(), PASSWORD);
        Caller.anonymous();
        assertThat(resets.usableFor(token)).contains(account.getUsername());
        assertThat(refusal(() -> resets.reset(token, "Password123")).getMessageKey())
                .as("a refused password leaves the link usable").isEqualTo("password.error.common");
        assertThat(resets.usableFor(token)).isPresent();

        resets.reset(token, NEW_PASSWORD);

        assertThatThrownBy(() -> Caller.signIn(account.getUsername(), PASSWORD)).isInstanceOf(
                IllegalStateException.class);
        Caller.signIn(account.getUsername(), NEW_PASSWORD);
        assertThat(accounts.myEvents()).extracting(AccountEvent::getKind)
                .containsExactly(AccountEventKind.SIGN_IN_FAILED, AccountEventKind.PASSWORD_RESET,
                        AccountEventKind.PASSWORD_RESET_SENT);
        Caller.anonymous();
        assertThat(resets.usableFor(token)).as("used once").isEmpty();
        assertThat(refusal(() -> resets.reset(token, "yet another long password")).getMessageKey())
                .isEqualTo("reset.error.invalid");
        assertThat(auditActions(account))
                .containsExactly("PASSWORD_RESET_SENT", "PASSWORD_RESET", "SIGN_IN_FAILED");
    }

    @Test
    void r3_7_aLinkExpiresAndANewerOneReplacesTheOlder() {
        var account = opened(EnumSet.of(Role.MINISTRY));
        var expired = "expired-" + UUID.randomUUID();
        var issued = Instant.now().minus(Duration.ofHours(25));
        store.persist(new PasswordReset(store.find(Account.class, account.getId()), ResetTokens.hash(expired), issued,
                issued.plus(Duration.ofHours(24))));

        assertThat(resets.usableFor(expired)).isEmpty();
        assertThat(refusal(() -> resets.reset(expired, NEW_PASSWORD)).getMessageKey()).isEqualTo("reset.error.invalid");

        Caller.signIn("admin", DemoData.PASSWORD);
        resets.send(account.getId(), "https://laureate.test");
        var first = mailedToken(account);
        resets.send(account.getId(), "https://laureate.test");
        var second = mailedToken(account);
        Caller.anonymous();

        assertThat(second).isNotEqualTo(first);
        assertThat(resets.usableFor(first)).as("withdrawn by the newer link").isEmpty();
        assertThat(resets.usableFor(second)).isPresent();
    }

    @Test
    void r3_7_theSecretariatNeitherSetsNorLearnsAPassword() {
        var account = opened(EnumSet.of(Role.MINISTRY));
        Caller.signIn("admin", DemoData.PASSWORD);
        resets.send(account.getId(), "https://laureate.test");
        Caller.anonymous();
        var token = mailedToken(account);

        var stored = store.sql("SELECT token_hash FROM password_reset WHERE account_id = ?", account.getId());
        assertThat(stored).containsExactly(ResetTokens.hash(token)).doesNotContain(token);
        assertThat(Arrays.stream(PasswordResetService.class.getMethods())
                .filter(method -> method.getName().equals("send"))).allSatisfy(method -> assertThat(
                        method.getReturnType()).as("sending gives the secretariat nothing back").isEqualTo(void.class));
        assertThat(Arrays.stream(AccountService.class.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> !method.getName().equals("openFirstOfOrganisation"))
                .filter(method -> Arrays.asList(method.getParameterTypes()).contains(long.class)))
                .as("no operation on an existing account takes a password").allSatisfy(method -> assertThat(
                        method.getParameterTypes()).doesNotContain(String.class));
        Caller.signIn(account.getUsername(), PASSWORD);
        assertThat(accounts.current()).as("the old password still works").map(Account::getUsername)
                .contains(account.getUsername());
    }

    @Test
    void r3_8_r3_9_aHolderChangesTheirOwnPasswordWithinThePolicy() {
        var account = opened(EnumSet.of(Role.MINISTRY));
        Caller.signIn(account.getUsername(), PASSWORD);

        assertThat(refusal(() -> accounts.changePassword("not my password", NEW_PASSWORD)).getMessageKey())
                .isEqualTo("password.error.current");
        assertThat(refusal(() -> accounts.changePassword(PASSWORD, "short")).getMessageKey())
                .isEqualTo("password.error.tooShort");
        assertThat(refusal(() -> accounts.changePassword(PASSWORD, "qwertyuiop")).getMessageKey())
                .isEqualTo("password.error.common");
        assertThat(refusal(() -> accounts.changePassword(PASSWORD, account.getUsername() + "-and-more"))
                .getMessageKey()).isEqualTo("password.error.username");
        accounts.changePassword(PASSWORD, NEW_PASSWORD);

        assertThat(accounts.myEvents()).extracting(AccountEvent::getKind)
                .containsExactly(AccountEventKind.PASSWORD_CHANGED);
        assertThatThrownBy(() -> Caller.signIn(account.getUsername(), PASSWORD))
                .isInstanceOf(IllegalStateException.class);
        Caller.signIn(account.getUsername(), NEW_PASSWORD);
        assertThat(auditActions(account)).containsExactly("PASSWORD_CHANGED", "SIGN_IN_FAILED");
    }

    @Test
    void r3_10_r3_11_r3_12_r3_13_r3_20_anExpertSignsInOnlyWithACodeAndEachCodeOnce() {
        var account = opened(EnumSet.of(Role.EXPERT));
        var username = account.getUsername();

        assertThat(signIn.checkPassword(username, PASSWORD, ADDRESS)).isEqualTo(SignInStep.ENROL);
        assertThat(Caller.authenticate(new UsernamePasswordCredential(username, PASSWORD)))
                .as("a password alone does not sign a member in").isNotEqualTo(AuthenticationStatus.SUCCESS);
        var enrolment = signIn.offerEnrolment(username);
        assertThat(enrolment.uri()).contains(enrolment.secret());
        var step = SecondFactor.stepAt(Instant.now());
        var wrong = factor.code(enrolment.secret(), step + 5);
        assertThat(Caller.authenticate(new SecondFactorCredential(username, PASSWORD, wrong, enrolment.secret())))
                .isNotEqualTo(AuthenticationStatus.SUCCESS);
        var first = factor.code(enrolment.secret(), step);
        assertThat(Caller.authenticate(new SecondFactorCredential(username, "wrong password", first,
                enrolment.secret()))).isNotEqualTo(AuthenticationStatus.SUCCESS);

        assertThat(Caller.authenticate(new SecondFactorCredential(username, PASSWORD, first, enrolment.secret())))
                .isEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(accounts.current()).map(Account::getUsername).contains(username);
        assertThat(store.sql("SELECT second_factor_secret FROM account WHERE id = ?", account.getId()))
                .as("R3.20 the secret is stored sealed").singleElement().asString()
                .startsWith(KeySeal.PREFIX).doesNotContain(enrolment.secret());
        Caller.anonymous();

        assertThat(signIn.checkPassword(username, PASSWORD, ADDRESS)).isEqualTo(SignInStep.CODE);
        assertThat(Caller.authenticate(new SecondFactorCredential(username, PASSWORD, first, null)))
                .as("the same code again").isNotEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(Caller.authenticate(new SecondFactorCredential(username, PASSWORD,
                factor.code(enrolment.secret(), step + 1), null))).isEqualTo(AuthenticationStatus.SUCCESS);
        Caller.anonymous();

        Caller.signIn("admin", DemoData.PASSWORD);
        accounts.resetSecondFactor(account.getId());
        Caller.anonymous();
        assertThat(signIn.checkPassword(username, PASSWORD, ADDRESS)).isEqualTo(SignInStep.ENROL);
        assertThat(Caller.authenticate(new SecondFactorCredential(username, PASSWORD,
                factor.code(enrolment.secret(), step + 1), null))).as("the old secret is forgotten")
                .isNotEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(auditActions(account)).filteredOn(action -> !action.equals("SIGN_IN_FAILED"))
                .containsExactly("SECOND_FACTOR_ENROLLED", "SECOND_FACTOR_RESET");
        assertThat(auditActions(account)).as("two wrong codes, a wrong password, a forgotten secret")
                .filteredOn("SIGN_IN_FAILED"::equals).hasSize(4);

        Caller.signIn("admin", DemoData.PASSWORD);
        assertThat(accounts.recentEvents(20)).filteredOn(event -> event.getAccount().getId().equals(account.getId()))
                .filteredOn(event -> event.getKind() != AccountEventKind.SIGN_IN_FAILED)
                .extracting(AccountEvent::getKind, AccountEvent::getActor)
                .containsExactly(tuple(AccountEventKind.SECOND_FACTOR_RESET, "admin"),
                        tuple(AccountEventKind.SECOND_FACTOR_ENROLLED, username));
    }

    @Test
    void r3_10_aMinistryOrAnOrganisationSignsInWithThePasswordAlone() {
        var account = opened(EnumSet.of(Role.MINISTRY));

        assertThat(signIn.checkPassword(account.getUsername(), PASSWORD, ADDRESS)).isEqualTo(SignInStep.DONE);
        assertThat(signIn.checkPassword(account.getUsername(), "not the password", ADDRESS))
                .isEqualTo(SignInStep.REFUSED);
        assertThat(signIn.checkPassword("nobody-" + UUID.randomUUID(), PASSWORD, ADDRESS))
                .isEqualTo(SignInStep.REFUSED);
        assertThat(Caller.authenticate(new UsernamePasswordCredential(account.getUsername(), PASSWORD)))
                .isEqualTo(AuthenticationStatus.SUCCESS);
    }

    @Test
    void r3_19_aNewMemberSetsTheFirstPasswordThroughTheMailedLinkOnceThenEnrolsTheSecondFactor() {
        assertThat(Arrays.stream(NewAccount.class.getMethods()).map(Method::getName))
                .as("the secretariat's form takes no password")
                .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("password"));
        var account = openedBySecretariat(EnumSet.of(Role.EXPERT), "be");
        var username = account.getUsername();

        assertThat(store.find(Account.class, account.getId()).hasPassword()).as("opened with none").isFalse();
        assertThat(signIn.checkPassword(username, PASSWORD, ADDRESS)).as("R3.4 refused as a wrong password is")
                .isEqualTo(SignInStep.REFUSED);
        assertThat(signIn.checkPassword(username, "!", ADDRESS)).isEqualTo(SignInStep.REFUSED);
        assertThat(Caller.authenticate(new UsernamePasswordCredential(username, DemoData.PASSWORD)))
                .isNotEqualTo(AuthenticationStatus.SUCCESS);

        var body = mailedBody(account);
        assertThat(body).as("in the holder's language: opened by the secretariat, and for how long the link works")
                .contains("Сакратарыят").contains("адкрыў для вас уліковы запіс " + username).contains("24 гадз.")
                .doesNotContain("admin");
        var token = mailedToken(account);
        assertThat(store.sql("SELECT token_hash FROM password_reset WHERE account_id = ?", account.getId()))
                .containsExactly(ResetTokens.hash(token));
        assertThat(resets.usableFor(token)).contains(username);
        assertThat(resets.setsFirstPassword(token)).isTrue();
        assertThat(refusal(() -> resets.reset(token, "qwertyuiop")).getMessageKey())
                .as("R3.9 applies; the link stays usable").isEqualTo("password.error.common");
        assertThat(refusal(() -> resets.reset(token, username + "-and-more")).getMessageKey())
                .isEqualTo("password.error.username");

        resets.reset(token, NEW_PASSWORD);

        assertThat(resets.usableFor(token)).as("used once").isEmpty();
        assertThat(refusal(() -> resets.reset(token, "yet another long password")).getMessageKey())
                .isEqualTo("reset.error.invalid");
        assertThat(signIn.checkPassword(username, NEW_PASSWORD, ADDRESS)).as("a member enrols the second factor")
                .isEqualTo(SignInStep.ENROL);
        assertThat(Caller.authenticate(new UsernamePasswordCredential(username, NEW_PASSWORD)))
                .as("a password alone does not sign a member in").isNotEqualTo(AuthenticationStatus.SUCCESS);
        var enrolment = signIn.offerEnrolment(username);
        assertThat(Caller.authenticate(new SecondFactorCredential(username, NEW_PASSWORD,
                factor.code(enrolment.secret(), SecondFactor.stepAt(Instant.now())), enrolment.secret())))
                .isEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(accounts.current()).map(Account::getUsername).contains(username);
        assertThat(accounts.myEvents()).filteredOn(event -> event.getKind() != AccountEventKind.SIGN_IN_FAILED)
                .extracting(AccountEvent::getKind, AccountEvent::getActor)
                .containsExactly(tuple(AccountEventKind.SECOND_FACTOR_ENROLLED, username),
                        tuple(AccountEventKind.FIRST_PASSWORD_SET, username),
                        tuple(AccountEventKind.FIRST_PASSWORD_SENT, "admin"));
        assertThat(auditActions(account)).filteredOn(action -> !action.equals("SIGN_IN_FAILED"))
                .containsExactly("FIRST_PASSWORD_SENT", "FIRST_PASSWORD_SET", "SECOND_FACTOR_ENROLLED");
        assertThat(auditActions(account)).as("the three sign-ins before the password was set")
                .filteredOn("SIGN_IN_FAILED"::equals).hasSize(3);
    }

    @Test
    void r3_19_aLinkSentAgainVoidsTheEarlierOneAndAnAccountNeedsAnAddress() {
        var account = openedBySecretariat(EnumSet.of(Role.MINISTRY), "en");
        var first = mailedToken(account);
        assertThat(mailedBody(account)).contains("has opened the account " + account.getUsername())
                .contains("24 hours");

        Caller.signIn("admin", DemoData.PASSWORD);
        resets.send(account.getId(), "https://laureate.test");
        Caller.anonymous();
        var second = mailedToken(account);
        assertThat(mailedBody(account)).as("the mail of an opened account again")
                .contains("has opened the account " + account.getUsername());

        assertThat(second).isNotEqualTo(first);
        assertThat(resets.usableFor(first)).as("withdrawn by the link sent again").isEmpty();
        assertThat(refusal(() -> resets.reset(first, NEW_PASSWORD)).getMessageKey()).isEqualTo("reset.error.invalid");
        resets.reset(second, NEW_PASSWORD);
        Caller.signIn(account.getUsername(), NEW_PASSWORD);
        Caller.anonymous();
        assertThat(auditActions(account))
                .containsExactly("FIRST_PASSWORD_SENT", "FIRST_PASSWORD_SENT", "FIRST_PASSWORD_SET");
        assertThat(store.sql("SELECT actor FROM account_event WHERE account_id = ? AND kind = 'FIRST_PASSWORD_SENT'",
                account.getId())).containsExactly("admin", "admin");

        Caller.signIn("admin", DemoData.PASSWORD);
        resets.send(account.getId(), "https://laureate.test");
        assertThat(mailedBody(account)).as("once the password is set, a link only replaces it")
                .contains("choose a new password");
        var form = new NewAccount();
        form.setUsername("new-" + UUID.randomUUID().toString().substring(0, 8));
        form.setFullName("Someone");
        form.setRoles(EnumSet.of(Role.COUNCIL));
        assertThat(refusal(() -> accounts.create(form, "https://laureate.test")).getMessageKey())
                .isEqualTo("account.error.emailNeeded");
        assertThat(store.sql("SELECT COUNT(*) FROM account WHERE username = ?", form.getUsername())).first()
                .hasToString("0");
    }
}
