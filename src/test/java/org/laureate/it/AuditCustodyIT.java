package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.audit.boundary.AuditService;
import org.laureate.audit.control.ChainVerification;
import org.laureate.audit.entity.AuditEntry;
import org.laureate.cycle.entity.ArtField;
import org.laureate.demo.DemoData;
import org.laureate.nomination.boundary.NominationService;
import org.laureate.nomination.boundary.PetitionReviewService;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.Country;
import org.laureate.platform.DatabaseMigrations;
import org.openqa.selenium.By;

/**
 * A petition's chain of custody (R5.9) and the verification of the audit chain against rows altered or deleted in the
 * database (R5.5, R5.8), on Payara Micro against MariaDB.
 */
@ExtendWith(ArquillianExtension.class)
class AuditCustodyIT {

    /** Inside the call of the 2027–2028 cycle, which is open from 1 October 2026 to 1 February 2027. */
    private static final Instant DURING_THE_CALL = Instant.parse("2026-11-02T09:00:00Z");
    private static final String ORGANISATION_PASSWORD = "a long password";
    private static final String ROW = "id, occurred_at, actor, subject, subject_id, action, before_state, after_state,"
            + " previous_hash, hash";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    @Inject
    PetitionSeeds seeds;

    @Inject
    AuditService audit;

    @Inject
    NominationService nominations;

    @Inject
    PetitionReviewService reviews;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource database;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A petition carried through its states by the people who decide them: submitted, returned for correction by the
     * ministry, submitted again by its organisation, admitted by the ministry.
     */
    private Nomination carriedThrough(String username) {
        var cycle = seeds.cycle(2027);
        var organisation = seeds.organisation(unique("Саюз "), Country.BY, username);
        var petition = seeds.submitted(cycle.getId(), organisation.getId(), unique("Ўзор-"), ArtField.MUSIC,
                cycle.getPublicityCutoff().minusMonths(6), List.of("Іван Мiско"), true, DURING_THE_CALL);
        Caller.signIn("ministry-by", DemoData.PASSWORD);
        var returned = reviews.returnForCorrection(petition.getId(), petition.getVersion(), "Дадайце біяграфію");
        Caller.signIn(username, ORGANISATION_PASSWORD);
        var resubmitted = nominations.submit(returned.getId(), returned.getVersion());
        Caller.signIn("ministry-by", DemoData.PASSWORD);
        return reviews.admit(resubmitted.getId(), resubmitted.getVersion());
    }

    private long lastEntryId() throws SQLException {
        try (var connection = database.getConnection(); var statement = connection.createStatement();
                var row = statement.executeQuery("SELECT MAX(id) FROM audit_entry")) {
            row.next();
            return row.getLong(1);
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (var connection = database.getConnection(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    @Test
    void r5_9_theAnonymousCallerReadsNoHistory() {
        Caller.anonymous();
        assertThatThrownBy(() -> audit.history("Nomination", "1")).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void r5_9_aPetitionsHistoryIsItsPathOldestFirstWithWhoTookEachStep() {
        var username = unique("org-");
        var petition = carriedThrough(username);

        Caller.signIn("admin", DemoData.PASSWORD);
        var history = audit.history("Nomination", petition.getId().toString());

        assertThat(history).extracting(AuditEntry::getAction).containsExactly("return", "submit", "admit");
        assertThat(history).extracting(AuditEntry::getActor).containsExactly("ministry-by", username, "ministry-by");
        assertThat(history).extracting(AuditEntry::getBefore).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED");
        assertThat(history.get(1).getAfter()).isEqualTo("SUBMITTED " + petition.getRegistrationNumber());
        assertThat(history.get(2).getAfter()).isEqualTo("ADMITTED");
        assertThat(history).extracting(AuditEntry::getId).isSorted();
    }

    @Test
    void r5_5_aRowAlteredInTheDatabaseIsReportedByVerification() throws SQLException {
        var petition = carriedThrough(unique("org-"));
        Caller.signIn("admin", DemoData.PASSWORD);
        assertThat(audit.verify().outcome()).isEqualTo(ChainVerification.Outcome.INTACT);
        var submitted = audit.history("Nomination", petition.getId().toString()).get(1);

        assertThat(update("UPDATE audit_entry SET actor = ? WHERE id = ?", "someone-else", submitted.getId()))
                .isOne();
        try {
            var found = audit.verify();
            assertThat(found.outcome()).isEqualTo(ChainVerification.Outcome.ALTERED);
            assertThat(found.entryId()).isEqualTo(submitted.getId());
        } finally {
            update("UPDATE audit_entry SET actor = ? WHERE id = ?", submitted.getActor(), submitted.getId());
        }
        assertThat(audit.verify().intact()).as("restored").isTrue();
    }

    @Test
    void r5_8_aDeletedLastRowIsReportedAsTheLogEndingBeforeItsHead() throws SQLException {
        carriedThrough(unique("org-"));
        Caller.signIn("admin", DemoData.PASSWORD);
        var intact = audit.verify();
        assertThat(intact.outcome()).isEqualTo(ChainVerification.Outcome.INTACT);
        var last = lastEntryId();
        assertThat(intact.entryId()).isEqualTo(last);

        List<Object> row;
        try (var connection = database.getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT " + ROW + " FROM audit_entry WHERE id = " + last)) {
            result.next();
            row = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                row.add(result.getObject(i));
            }
        }
        assertThat(update("DELETE FROM audit_entry WHERE id = ?", last)).isOne();
        try {
            var found = audit.verify();
            assertThat(found.outcome()).isEqualTo(ChainVerification.Outcome.ENDS_BEFORE_HEAD);
            assertThat(found.entryId()).as("the last entry left").isEqualTo(last - 1);
            assertThat(found.checked()).isEqualTo(intact.checked() - 1);
        } finally {
            update("INSERT INTO audit_entry (" + ROW + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.toArray());
        }
        assertThat(audit.verify().intact()).as("restored").isTrue();
    }

    @Test
    @RunAsClient
    void r5_9_theSecretariatReadsAPetitionsChainOfCustodyWithTheChainVerified() throws SQLException {
        long id;
        String registrationNumber;
        try (var connection = DriverManager.getConnection(System.getProperty("it.db.admin.url"))) {
            connection.setCatalog(TestDatabase.NAME);
            try (var statement = connection.createStatement();
                    var row = statement.executeQuery("SELECT id, registration_number FROM nomination"
                            + " WHERE registration_number IS NOT NULL ORDER BY id LIMIT 1")) {
                row.next();
                id = row.getLong(1);
                registrationNumber = row.getString(2);
            }
        }
        try (var browser = new Browser()) {
            var base = Deployments.base(deployed);
            browser.signIn(base, "admin", DemoData.PASSWORD);
            browser.open(base + "/audit/custody.xhtml?petition=" + id);

            assertThat(browser.text(By.cssSelector("h1.page-title"))).isEqualTo("История хранения");
            assertThat(browser.text(By.id("petition"))).startsWith("Ходатайство " + registrationNumber + ": ");
            assertThat(browser.text(By.id("verification"))).startsWith("Цепочка проверена");
            assertThat(browser.find(By.id("back")).getAttribute("href")).contains("/nomination/admin/petitions");
        }
    }
}
