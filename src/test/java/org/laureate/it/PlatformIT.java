package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ServletContext;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.cycle.entity.Milestone;
import org.laureate.demo.DemoData;
import org.laureate.nomination.boundary.NomineeForm;
import org.laureate.organisation.boundary.OrganisationService;
import org.laureate.organisation.entity.Organisation;
import org.laureate.organisation.entity.OrganisationKind;
import org.laureate.organisation.entity.OrganisationStatus;
import org.laureate.platform.Country;
import org.laureate.platform.ScheduledRuns;
import org.laureate.platform.web.FieldLabels;
import org.laureate.platform.web.MessageKeys;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.boundary.PasswordHashing;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;
import org.laureate.security.web.PublicRequestAuthentication;

/**
 * The platform on Payara Micro against MariaDB: the migrated schema, every entity stored and read back, Cyrillic text,
 * the identity store and the boundaries' role checks.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    private static final String BELARUSIAN = "Беларускі саюз мастакоў: і, ў, ё, Ё, «лапкі» — ЎЗОР";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    Store store;

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    PasswordHashing passwords;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    CycleService cycles;

    @Inject
    ScheduledRuns runs;

    @Inject
    ServletContext servletContext;

    @Resource(lookup = "java:app/jdbc/laureate")
    DataSource dataSource;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Inject
    Validator validator;

    @Test
    void theMigrationsBuiltTheSchemaOnMariaDb() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("MySQL");
            assertThat(connection.getCatalog()).isEqualTo(TestDatabase.NAME);
        }
        assertThat(store.sql("SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank"))
                .first().hasToString("1");
    }

    @Test
    void aCycleWithItsCalendarIsStoredAndReadBack() {
        int year = CycleYears.longAgo(CycleYears.next());
        var cycle = AwardCycle.forYears(year);
        cycle.schedule(Milestone.EXPERT_FIRST_MEETING, LocalDate.of(year, 6, 19));
        cycle.schedule(Milestone.EXPERT_FINAL_MEETING, LocalDate.of(year, 10, 17));
        cycle.schedule(Milestone.SUPREME_STATE_COUNCIL, LocalDate.of(year + 1, 2, 26));
        cycle.advanceTo(CyclePhase.CALL_OPEN, cycle.getCallOpensAt());
        // closed, as a cycle of long ago must be: left open, the servers' call-closing timer would close it
        cycle.advanceTo(CyclePhase.CALL_CLOSED, cycle.getCallClosesAt());
        var id = store.persist(cycle).getId();

        var read = store.find(AwardCycle.class, id);

        assertThat(read).isNotSameAs(cycle);
        assertThat(read.getName()).isEqualTo(cycle.getName());
        assertThat(read.getCallOpensAt()).isEqualTo(cycle.getCallOpensAt());
        assertThat(read.getCallClosesAt()).isEqualTo(cycle.getCallClosesAt());
        assertThat(read.getPublicityCutoff()).isEqualTo(cycle.getPublicityCutoff());
        assertThat(read.getPhase()).isEqualTo(CyclePhase.CALL_CLOSED);
        assertThat(read.getMilestones()).containsEntry(Milestone.EXPERT_FINAL_MEETING, LocalDate.of(year, 10, 17));
        assertThat(store.sql("SELECT HOUR(call_closes_at) FROM award_cycle WHERE id = ?", id))
                .as("midnight in Minsk and Moscow is stored as 21:00 UTC").first().hasToString("21");
    }

    @Test
    void aRefusedValueIsNamedByTheLabelOfItsFieldInEveryLanguageNeverByItsPath() {
        var refused = validator.validate(new NomineeForm());
        var labels = refused.stream().map(FieldLabels::of).flatMap(Optional::stream).toList();

        assertThat(labels).as("one label for each refused field").hasSize(refused.size())
                .contains("petition.nominee.fullNameRu", "petition.nominee.bornOn", "petition.nominee.citizenship");
        for (var language : List.of("ru", "be", "en")) {
            var bundle = ResourceBundle.getBundle(MessageKeys.BUNDLE, Locale.forLanguageTag(language));
            assertThat(labels).allSatisfy(label -> assertThat(bundle.getString(label)).as(language).isNotBlank());
        }
    }

    @Test
    void cyrillicTextRoundTripsUnchanged() {
        var organisation = store.persist(new Organisation("Союз художников России — ё", BELARUSIAN,
                OrganisationKind.CREATIVE_UNION, Country.BY));

        var read = store.find(Organisation.class, organisation.getId());

        assertThat(read.getNameBe()).isEqualTo(BELARUSIAN);
        assertThat(read.getNameRu()).isEqualTo("Союз художников России — ё");
        assertThat(read.getStatus()).isEqualTo(OrganisationStatus.PENDING);
        assertThat(store.sql("SELECT name_be FROM organisation WHERE id = ?", organisation.getId()))
                .containsExactly(BELARUSIAN);
    }

    @Test
    void anAccountWithItsRolesIsStoredAndReadBack() {
        var organisation = store.persist(new Organisation("Музей", null, OrganisationKind.CULTURAL_INSTITUTION,
                Country.RU));
        var account = new Account(unique("user"), passwords.hash("a long password"), "Анна Смирнова", "a@example.org");
        account.assign(Set.of(Role.ORGANISATION, Role.EXPERT_CHAIR), null, organisation.getId());
        var id = store.persist(account).getId();

        var read = store.find(Account.class, id);

        assertThat(read.getFullName()).isEqualTo("Анна Смирнова");
        assertThat(read.getRoles()).containsExactlyInAnyOrder(Role.ORGANISATION, Role.EXPERT_CHAIR, Role.EXPERT);
        assertThat(read.getOrganisationId()).isEqualTo(organisation.getId());
        assertThat(read.isEnabled()).isTrue();
    }

    @Test
    void theIdentityStoreVerifiesAHashedPasswordAndNothingElse() {
        var username = unique("signin");
        var account = new Account(username, passwords.hash("correct horse battery"), "Тест", null);
        account.assign(Set.of(Role.MINISTRY), Country.BY, null);
        store.persist(account);

        var valid = identityStore.validate(new UsernamePasswordCredential(username, "correct horse battery"));
        assertThat(valid.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(valid.getCallerGroups()).containsExactly("MINISTRY");

        var council = new Account(unique("council"), passwords.hash("correct horse battery"), "Тест", null);
        council.assign(Set.of(Role.COUNCIL), null, null);
        store.persist(council);
        assertThat(identityStore.validate(new UsernamePasswordCredential(council.getUsername(),
                "correct horse battery")).getStatus()).as("R3.10 a council account needs its second factor too")
                .isEqualTo(CredentialValidationResult.Status.INVALID);

        assertThat(identityStore.validate(new UsernamePasswordCredential(username, "correct horse batterY"))
                .getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(identityStore.validate(new UsernamePasswordCredential(unique("nobody"), "correct horse battery"))
                .getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(store.sql("SELECT password_hash FROM account WHERE username = ?", username).get(0).toString())
                .startsWith("PBKDF2WithHmacSHA256:210000:")
                .doesNotContain("correct horse battery");
    }

    @Test
    void aDisabledAccountCannotSignIn() {
        var username = unique("disabled");
        var account = new Account(username, passwords.hash("correct horse battery"), "Тест", null);
        account.enable(false);
        store.persist(account);

        assertThat(identityStore.validate(new UsernamePasswordCredential(username, "correct horse battery"))
                .getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void theDemoAccountsWereLoadedWhenAskedFor() {
        var result = identityStore.validate(new UsernamePasswordCredential("ministry-by", DemoData.PASSWORD));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerGroups()).containsExactly("MINISTRY");
        assertThat(cycles.current()).get().extracting(AwardCycle::getName).isEqualTo("2027–2028");
    }

    @Test
    void theSecretariatsOperationsRefuseTheAnonymousCaller() {
        assertThatThrownBy(() -> accounts.all()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> accounts.countsByRole()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> organisations.all()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> cycles.all()).isInstanceOf(EJBAccessException.class);
        assertThat(accounts.current()).as("the anonymous caller has no account").isEmpty();
    }

    @Test
    void r20_2_eachPeriodOfATaskIsClaimedByOneCallerOnly() throws Exception {
        var task = unique("task-");
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement(
                        "INSERT INTO scheduled_run (task, last_period) VALUES (?, 0)")) {
            insert.setString(1, task);
            insert.executeUpdate();
        }
        assertThat(runs.claim(task, 100)).as("the first to ask runs the period").isTrue();
        assertThat(runs.claim(task, 100)).as("the period is taken").isFalse();
        assertThat(runs.claim(task, 99)).as("an earlier period is over").isFalse();
        assertThat(runs.claim(task, 101)).as("the next period").isTrue();
        assertThat(runs.claim(unique("unknown-"), 1)).as("a task without its row never runs").isFalse();
        var runBy = store.sql("SELECT run_by FROM scheduled_run WHERE task = ?", task);
        assertThat(runBy).singleElement().asString().contains("@");
    }

    @Test
    void publicRequestsWithoutASessionAreAnsweredBeforeJakartaSecurityAndTheRestByIt() {
        var appContext = servletContext.getVirtualServerName() + " " + servletContext.getContextPath();
        var provider = AuthConfigFactory.getFactory().getConfigProvider("HttpServlet", appContext, null);
        assertThat(provider).as("the application's authentication, wrapping Jakarta Security's").isNotNull();
        assertThat(provider.getClass().getEnclosingClass()).isEqualTo(PublicRequestAuthentication.class);
        // what it passes on to Jakarta Security, and what it answers itself, is tried over HTTP: a signed-in reader of
        // the published pages (LaureateArchiveIT), a page that needs a sign-in (AuthorizationMatrixIT), ballots cast
        // without a session (ScoringServiceIT), anonymous readers opening no session (LaureateArchiveIT)
    }
}
