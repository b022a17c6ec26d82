package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.cycle.boundary.CycleForm;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.cycle.entity.Milestone;
import org.laureate.demo.DemoData;
import org.laureate.organisation.boundary.OrganisationService;
import org.laureate.organisation.boundary.Registration;
import org.laureate.organisation.entity.Organisation;
import org.laureate.organisation.entity.OrganisationKind;
import org.laureate.organisation.entity.OrganisationStatus;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.platform.Notice;
import org.laureate.platform.StateChange;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.boundary.NewAccount;
import org.laureate.security.boundary.PasswordResetService;
import org.laureate.security.boundary.UsernameTakenException;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.EmailConfirmation;
import org.laureate.security.entity.Role;

/**
 * The boundaries of organisations and award cycles on Payara Micro against MariaDB, called as each role would call
 * them: registration, the ministries' decisions limited to their own country, the secretariat's reading and accounts,
 * the cycle's phase moves by the server's clock, and the events every change fires.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationsIT {

    private static final String PASSWORD = "a long password";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    OrganisationService organisations;

    @Inject
    CycleService cycles;

    @Inject
    AccountService accounts;

    @Inject
    PasswordResetService resets;

    @Inject
    Store store;

    @Inject
    RecordedEvents events;

    @AfterEach
    void anonymousAgain() {
        Caller.anonymous();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Registration registration(Country country, String username) {
        var form = new Registration();
        form.setNameRu("Союз театральных деятелей " + username);
        form.setNameBe(country == Country.BY ? "Беларускі саюз тэатральных дзеячаў " + username : null);
        form.setKind(OrganisationKind.CREATIVE_UNION);
        form.setCountry(country);
        form.setLegalNumber(country == Country.BY ? "190000777" : "1027700000777");
        form.setAddress(country == Country.BY ? "Мінск, вул. Кірава, 8" : "Москва, Страстной бульвар, 10");
        form.setContactPerson("Ўладзімір Іваноў");
        form.setContactEmail(username + "@example.org");
        form.setUsername(username);
        form.setFullName("Ўладзімір Іваноў");
        form.setPassword(PASSWORD);
        form.setPasswordRepeated(PASSWORD);
        form.setLanguage("be");
        form.arrivedFrom(address(), "https://laureate.test");
        return form;
    }

    /** A client address of TEST-NET-2 (RFC 5737), so that the limit per client address is not this class's. */
    private static String address() {
        return "198.51.100." + (1 + (int) (Math.random() * 250));
    }

    /** The token of the confirmation link mailed to an address (R3.18). */
    private String confirmationToken(String email) {
        var link = String.valueOf(events.to(email).stream().filter(notice -> notice.key().equals("account.confirm"))
                .reduce((first, second) -> second).orElseThrow().arguments().get(0));
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private Organisation registered(Country country) {
        return organisations.register(registration(country, unique("theatre-")));
    }

    private static void assertCausedBy(ThrowingCallable call, Class<? extends Throwable> cause) {
        assertThatThrownBy(call).satisfies(thrown -> {
            Throwable link = thrown;
            while (link != null && !cause.isInstance(link)) {
                link = link.getCause();
            }
            assertThat(link).as("caused by %s: %s", cause.getSimpleName(), thrown).isNotNull();
        });
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey()).isEqualTo(key);
    }

    @Test
    void r3_6_anOrganisationRegistersItselfPendingWithItsFirstUser() {
        var form = registration(Country.BY, unique("theatre-"));

        var organisation = organisations.register(form);

        var stored = store.find(Organisation.class, organisation.getId());
        assertThat(stored.getStatus()).isEqualTo(OrganisationStatus.PENDING);
        assertThat(stored.getNameBe()).startsWith("Беларускі саюз");
        assertThat(stored.getLegalNumber()).isEqualTo("190000777");
        assertThat(stored.getRegisteredAt()).isNotNull();
        assertThat(stored.mayNominate()).isFalse();
        var account = store.find(Account.class, ((Number) store.sql("SELECT id FROM account WHERE username = ?",
                form.getUsername()).get(0)).longValue());
        assertThat(account.getRoles()).containsExactly(Role.ORGANISATION);
        assertThat(account.getOrganisationId()).isEqualTo(organisation.getId());
        assertThat(account.getLanguage()).isEqualTo("be");
        assertThat(events.of(OrganisationService.SUBJECT, organisation.getId()))
                .containsExactly(new StateChange(OrganisationService.SUBJECT, organisation.getId().toString(),
                        "register", null, "PENDING"));
        assertThat(events.to(form.getContactEmail())).singleElement().satisfies(notice -> {
            assertThat(notice.key()).isEqualTo("account.confirm");
            assertThat(notice.language()).isEqualTo("be");
            assertThat(notice.arguments()).hasSize(2);
            assertThat(String.valueOf(notice.arguments().get(0)))
                    .startsWith("https://laureate.test/confirm.xhtml?token=");
        });
    }

    @Test
    void r2_7_r3_5_aRegistrationWithATakenUsernameStoresNothing() {
        var form = registration(Country.RU, "org-ru");
        form.setNameRu(unique("Театр "));

        assertThatThrownBy(() -> organisations.register(form)).isInstanceOf(UsernameTakenException.class);

        assertThat(store.sql("SELECT COUNT(*) FROM organisation WHERE name_ru = ?", form.getNameRu()))
                .first().hasToString("0");
        assertThat(store.sql("SELECT COUNT(*) FROM account WHERE username = ?", "org-ru")).first().hasToString("1");
        assertThat(events.to(form.getContactEmail())).isEmpty();
    }

    @Test
    void aRegistrationWhosePasswordsDifferStoresNothing() {
        var form = registration(Country.BY, unique("theatre-"));
        form.setPasswordRepeated(PASSWORD + "!");

        assertRefused(() -> organisations.register(form), "registration.error.passwordsDiffer");

        assertThat(store.sql("SELECT COUNT(*) FROM account WHERE username = ?", form.getUsername()))
                .first().hasToString("0");
    }

    @Test
    void r2_6_aMinistrySeesOnlyTheOrganisationsOfItsOwnCountry() {
        var belarusian = registered(Country.BY);
        var russian = registered(Country.RU);
        Caller.signIn("ministry-by", DemoData.PASSWORD);

        assertThat(organisations.all()).isNotEmpty().allMatch(o -> o.getCountry() == Country.BY)
                .extracting(Organisation::getId).contains(belarusian.getId()).doesNotContain(russian.getId());
        assertThat(organisations.withStatus(OrganisationStatus.PENDING))
                .allMatch(o -> o.getCountry() == Country.BY && o.getStatus() == OrganisationStatus.PENDING)
                .extracting(Organisation::getId).contains(belarusian.getId());
        assertRefused(() -> organisations.find(russian.getId()), "general.error.notFound");
        assertThat(organisations.countsByCountry()).containsOnlyKeys(Country.BY);
    }

    @Test
    void r2_6_aMinistryNeverDecidesOnAnOrganisationOfTheOtherCountry() {
        var russian = registered(Country.RU);
        Caller.signIn("ministry-by", DemoData.PASSWORD);

        assertRefused(() -> organisations.verify(russian.getId(), russian.getVersion()), "general.error.notFound");
        assertRefused(() -> organisations.reject(russian.getId(), russian.getVersion(), "чужая страна"),
                "general.error.notFound");

        assertThat(store.find(Organisation.class, russian.getId()).getStatus()).isEqualTo(OrganisationStatus.PENDING);
    }

    @Test
    void theMinistryVerifiesAnOrganisationWhichThenMayNominate() {
        var form = registration(Country.BY, unique("theatre-"));
        var organisation = organisations.register(form);
        accounts.confirmEmail(confirmationToken(form.getContactEmail()));
        Caller.signIn("ministry-by", DemoData.PASSWORD);

        organisations.verify(organisation.getId(), organisation.getVersion());

        Caller.signIn(form.getUsername(), PASSWORD);
        assertThat(organisations.mine()).get().satisfies(mine -> {
            assertThat(mine.getStatus()).isEqualTo(OrganisationStatus.VERIFIED);
            assertThat(mine.mayNominate()).isTrue();
        });
        assertThat(events.of(OrganisationService.SUBJECT, organisation.getId())).last()
                .isEqualTo(new StateChange(OrganisationService.SUBJECT, organisation.getId().toString(), "verify",
                        "PENDING", "VERIFIED"));
        assertThat(events.to(form.getContactEmail())).last()
                .isEqualTo(Notice.of(form.getContactEmail(), "be", "organisation.verified", organisation.getNameRu()));
    }

    @Test
    void aRejectionNeedsAReasonWhichTheOrganisationReads() {
        var form = registration(Country.RU, unique("theatre-"));
        var organisation = organisations.register(form);
        accounts.confirmEmail(confirmationToken(form.getContactEmail()));
        Caller.signIn("ministry-ru", DemoData.PASSWORD);

        assertCausedBy(() -> organisations.reject(organisation.getId(), organisation.getVersion(), " "),
                ConstraintViolationException.class);
        organisations.reject(organisation.getId(), organisation.getVersion(), "<b>Нет устава</b>");

        Caller.signIn(form.getUsername(), PASSWORD);
        var mine = organisations.mine().orElseThrow();
        assertThat(mine.getStatus()).isEqualTo(OrganisationStatus.REJECTED);
        assertThat(mine.getDecisionReason()).isEqualTo("<b>Нет устава</b>");
        assertThat(mine.mayNominate()).isFalse();
        assertThat(events.to(form.getContactEmail())).last().isEqualTo(Notice.of(form.getContactEmail(), "be",
                "organisation.rejected", organisation.getNameRu(), "<b>Нет устава</b>"));
    }

    @Test
    void aDecisionOnAStaleVersionIsReportedAsAConcurrentChange() {
        var organisation = registered(Country.BY);
        Caller.signIn("ministry-by", DemoData.PASSWORD);
        organisations.reject(organisation.getId(), organisation.getVersion(), "Нет устава");

        assertCausedBy(() -> organisations.verify(organisation.getId(), organisation.getVersion()),
                OptimisticLockException.class);
        assertThat(store.find(Organisation.class, organisation.getId()).getStatus())
                .isEqualTo(OrganisationStatus.REJECTED);
    }

    @Test
    void theAnonymousCallerAndAnOrganisationCannotDecide() {
        var organisation = registered(Country.BY);

        assertThatThrownBy(() -> organisations.verify(organisation.getId(), organisation.getVersion()))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> organisations.reject(organisation.getId(), organisation.getVersion(), "нет"))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> organisations.all()).isInstanceOf(EJBAccessException.class);

        Caller.signIn("org-by", DemoData.PASSWORD);
        assertThatThrownBy(() -> organisations.verify(organisation.getId(), organisation.getVersion()))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> organisations.all()).isInstanceOf(EJBAccessException.class);
        assertThat(store.find(Organisation.class, organisation.getId()).getStatus())
                .isEqualTo(OrganisationStatus.PENDING);
    }

    @Test
    void r2_6_theSecretariatReadsBothCountriesDecidesNoneAndAddsUsers() {
        var organisation = registered(Country.RU);
        Caller.signIn("admin", DemoData.PASSWORD);

        assertThat(organisations.all()).extracting(Organisation::getCountry).contains(Country.BY, Country.RU);
        assertThat(organisations.countsByCountry()).containsOnlyKeys(Country.BY, Country.RU);
        assertThatThrownBy(() -> organisations.verify(organisation.getId(), organisation.getVersion()))
                .isInstanceOf(EJBAccessException.class);

        var second = new NewAccount();
        second.setUsername(unique("second-"));
        second.setFullName("Анна Смирнова");
        second.setEmail(second.getUsername() + "@example.org");
        organisations.addUser(organisation.getId(), second, "https://laureate.test");

        assertThat(organisations.users(organisation.getId())).hasSize(2);
        Caller.anonymous();
        var link = String.valueOf(events.to(second.getEmail()).stream()
                .filter(notice -> notice.key().equals("account.opened")).findFirst().orElseThrow().arguments().get(2));
        assertThat(link).as("R3.19 the holder sets the password")
                .startsWith("https://laureate.test/reset.xhtml?token=");
        resets.reset(link.substring(link.indexOf("token=") + "token=".length()), PASSWORD);
        Caller.signIn(second.getUsername(), PASSWORD);
        assertThat(organisations.mine()).get().extracting(Organisation::getId).isEqualTo(organisation.getId());
    }

    @Test
    void r3_6_theFirstAccountOfAnOrganisationIsOpenedOnlyOnce() {
        var organisation = registered(Country.BY);
        var intruder = new NewAccount();
        intruder.setUsername(unique("intruder-"));
        intruder.setFullName("Someone");

        assertRefused(() -> accounts.openFirstOfOrganisation(organisation.getId(), intruder, PASSWORD, "ru",
                address(), "https://laureate.test"),
                "account.error.organisationHasAccount");
        assertThat(store.sql("SELECT COUNT(*) FROM account WHERE username = ?", intruder.getUsername()))
                .first().hasToString("0");
    }

    @Test
    void r3_18_nothingButItsConfirmationLinkIsMailedToAnAddressGivenByARegistration() {
        var form = registration(Country.BY, unique("spam-"));
        form.setNameRu("Купите сейчас: http://spam.example <b>скидки</b>");
        var organisation = organisations.register(form);
        var email = form.getContactEmail();

        assertThat(events.to(email)).singleElement().satisfies(notice -> {
            assertThat(notice.key()).as("the one mail: the link, of fixed text").isEqualTo("account.confirm");
            assertThat(notice.arguments()).noneSatisfy(argument -> assertThat(String.valueOf(argument))
                    .containsAnyOf("spam.example", "скидки", "Ўладзімір", form.getUsername()));
        });
        Caller.signIn("ministry-by", DemoData.PASSWORD);
        assertRefused(() -> organisations.verify(organisation.getId(), organisation.getVersion()),
                "organisation.error.unconfirmed");
        organisations.reject(organisation.getId(), organisation.getVersion(), "Реклама");
        Caller.signIn("admin", DemoData.PASSWORD);
        var account = store.find(Account.class, ((Number) store.sql("SELECT id FROM account WHERE username = ?",
                form.getUsername()).get(0)).longValue());
        assertRefused(() -> resets.send(account.getId(), "https://laureate.test"), "reset.error.unconfirmed");
        assertThat(events.to(email)).as("neither the rejection nor a reset link").hasSize(1);
        assertThat(store.find(Organisation.class, organisation.getId()).getStatus())
                .isEqualTo(OrganisationStatus.REJECTED);

        var confirmed = registration(Country.BY, unique("theatre-"));
        var other = organisations.register(confirmed);
        Caller.anonymous();
        var token = confirmationToken(confirmed.getContactEmail());
        assertThat(accounts.confirmationUsable(token)).isTrue();
        accounts.confirmEmail(token);
        assertThat(accounts.confirmationUsable(token)).as("used once").isFalse();
        assertRefused(() -> accounts.confirmEmail(token), "confirm.error.invalid");
        Caller.signIn("ministry-by", DemoData.PASSWORD);
        organisations.verify(other.getId(), other.getVersion());
        assertThat(events.to(confirmed.getContactEmail())).extracting(Notice::key)
                .containsExactly("account.confirm", "organisation.verified");
    }

    @Test
    void r3_18_registrationsAreLimitedPerEmailAddressAndPerClientAddress() {
        var email = unique("victim-") + "@example.org";
        for (int i = 0; i < 3; i++) {
            var form = registration(Country.RU, unique("theatre-"));
            form.setContactEmail(email);
            organisations.register(form);
        }
        var fourth = registration(Country.RU, unique("theatre-"));
        fourth.setContactEmail(email.toUpperCase());
        assertRefused(() -> organisations.register(fourth), "registration.error.tooMany");
        assertThat(store.sql("SELECT COUNT(*) FROM account WHERE username = ?", fourth.getUsername()))
                .as("a refused registration stores nothing").first().hasToString("0");
        assertThat(events.to(email)).hasSize(3);

        var from = "203.0.113." + (1 + (int) (Math.random() * 250));
        var limit = ConfigProvider.getConfig().getOptionalValue(AccountService.REGISTRATIONS_HOURLY, Integer.class)
                .orElse(10);
        var first = registration(Country.BY, unique("theatre-"));
        first.arrivedFrom(from, "https://laureate.test");
        organisations.register(first);
        var holder = store.find(Account.class, ((Number) store.sql("SELECT id FROM account WHERE username = ?",
                first.getUsername()).get(0)).longValue());
        var now = Instant.now();
        for (int i = 1; i < limit; i++) {
            store.persist(new EmailConfirmation(holder, from, "seed-" + UUID.randomUUID(), now, now));
        }
        var over = registration(Country.BY, unique("theatre-"));
        over.arrivedFrom(from, "https://laureate.test");
        assertRefused(() -> organisations.register(over), "registration.error.tooMany");
        var elsewhere = registration(Country.BY, unique("theatre-"));
        organisations.register(elsewhere);
    }

    private static CycleForm cycleForm(int firstYear) {
        var form = new CycleForm();
        form.setName(firstYear + "-" + (firstYear + 1));
        form.setCallOpens(LocalDateTime.of(firstYear - 1, 10, 1, 0, 0));
        form.setCallCloses(LocalDateTime.of(firstYear, 2, 1, 0, 0));
        form.setPublicityCutoff(LocalDate.of(firstYear - 1, 3, 1));
        form.getMilestones().forEach(entry -> {
            switch (entry.getMilestone()) {
                case EXPERT_FIRST_MEETING -> entry.setDate(LocalDate.of(firstYear, 6, 18));
                case EXPERT_FINAL_MEETING -> entry.setDate(LocalDate.of(firstYear, 10, 16));
                case SUPREME_STATE_COUNCIL -> entry.setDate(LocalDate.of(firstYear + 1, 2, 25));
                default -> entry.setDate(null);
            }
        });
        return form;
    }

    @Test
    void theSecretariatRunsACycleThroughItsGuardedPhases() {
        int firstYear = CycleYears.next();
        Caller.signIn("admin", DemoData.PASSWORD);

        var cycle = cycles.create(cycleForm(firstYear));
        assertThat(cycle.getName()).isEqualTo(firstYear + "–" + (firstYear + 1));
        assertThat(store.sql("SELECT HOUR(call_opens_at) FROM award_cycle WHERE id = ?", cycle.getId()))
                .as("midnight in the capitals is 21:00 UTC").first().hasToString("21");
        assertRefused(() -> cycles.create(cycleForm(firstYear)), "cycle.error.nameTaken");

        cycle = cycles.advance(cycle.getId(), cycle.getVersion(), null);
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_OPEN);
        var open = cycle;
        assertRefused(() -> cycles.revise(open.getId(), open.getVersion(), cycleForm(firstYear)),
                "cycle.error.notDraft");
        assertRefused(() -> cycles.advance(open.getId(), open.getVersion(), null), "cycle.error.callNotOver");
        assertCausedBy(() -> cycles.forceCloseCall(open.getId(), open.getVersion(), ""),
                ConstraintViolationException.class);

        cycle = cycles.forceCloseCall(cycle.getId(), cycle.getVersion(), "Решение Постоянного Комитета");
        assertThat(cycle.getPhase()).isEqualTo(CyclePhase.CALL_CLOSED);
        var closed = cycle;
        assertCausedBy(() -> cycles.advance(closed.getId(), open.getVersion(), null), OptimisticLockException.class);
        cycle = cycles.correct(cycle.getId(), cycle.getVersion(), CyclePhase.DRAFT, "Объявлен по ошибке");

        assertThat(store.find(AwardCycle.class, cycle.getId()).getPhase()).isEqualTo(CyclePhase.DRAFT);
        assertThat(events.of(CycleService.SUBJECT, cycle.getId())).extracting(StateChange::action,
                StateChange::before, StateChange::after).containsExactly(
                        tuple("create", null, "DRAFT"),
                        tuple("advance", "DRAFT", "CALL_OPEN"),
                        tuple("forceCloseCall", "CALL_OPEN",
                                "CALL_CLOSED: Решение Постоянного Комитета"),
                        tuple("correct", "CALL_CLOSED", "DRAFT: Объявлен по ошибке"));
    }

    @Test
    void aCycleWithoutACompleteCalendarDoesNotOpen() {
        int firstYear = CycleYears.next();
        Caller.signIn("admin", DemoData.PASSWORD);
        var form = cycleForm(firstYear);
        form.getMilestones().stream().filter(entry -> entry.getMilestone() == Milestone.SUPREME_STATE_COUNCIL)
                .forEach(entry -> entry.setDate(null));
        var cycle = cycles.create(form);

        assertRefused(() -> cycles.advance(cycle.getId(), cycle.getVersion(), null), "cycle.error.calendarIncomplete");
        assertThat(store.find(AwardCycle.class, cycle.getId()).getPhase()).isEqualTo(CyclePhase.DRAFT);
    }

    @Test
    void onlyTheSecretariatManagesCycles() {
        assertThatThrownBy(() -> cycles.create(cycleForm(2999))).isInstanceOf(EJBAccessException.class);
        Caller.signIn("ministry-ru", DemoData.PASSWORD);
        assertThatThrownBy(() -> cycles.all()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> cycles.advance(1, 0, null)).isInstanceOf(EJBAccessException.class);
        assertThat(cycles.current()).isPresent();
    }
}
