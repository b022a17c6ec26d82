package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.audit.boundary.AuditAnchoring;
import org.laureate.audit.boundary.AuditFilter;
import org.laureate.audit.boundary.AuditService;
import org.laureate.audit.control.AuditChain;
import org.laureate.audit.control.ChainVerification;
import org.laureate.audit.entity.AuditEntry;
import org.laureate.demo.DemoData;
import org.laureate.notification.boundary.Outbox;
import org.laureate.notification.boundary.Postman;
import org.laureate.notification.control.SmtpSettings;
import org.laureate.notification.entity.OutboxMail;
import org.laureate.platform.Notice;
import org.laureate.platform.StateChange;

/**
 * The audit trail and the mail outbox on Payara Micro against MariaDB: state changes and notices fired inside
 * transactions, mails delivered to an SMTP server (GreenMail) started on the port the application is configured with,
 * and the secretariat's log page in the browser.
 */
@ExtendWith(ArquillianExtension.class)
class AuditAndMailIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    Store store;

    @Inject
    Transactions transactions;

    @Inject
    Event<StateChange> stateChanges;

    @Inject
    Event<Notice> notices;

    @Inject
    AuditService audit;

    @Inject
    Postman postman;

    @Inject
    Outbox outbox;

    @Inject
    AuditAnchoring anchoring;

    @Inject
    ScoringFixtures fixtures;

    @Resource(lookup = "java:app/jdbc/laureate")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @ArquillianResource
    URL deployed;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private Optional<AuditEntry> entryOf(String subjectId) {
        return store.sql("SELECT id FROM audit_entry WHERE subject_id = ?", subjectId).stream()
                .map(id -> store.find(AuditEntry.class, ((Number) id).longValue()))
                .findFirst();
    }

    private List<AuditEntry> wholeChain() {
        return store.sql("SELECT id FROM audit_entry ORDER BY id").stream()
                .map(id -> store.find(AuditEntry.class, ((Number) id).longValue()))
                .toList();
    }

    private static <T> T eventually(Supplier<Optional<T>> probe, String what) throws InterruptedException {
        var deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            var found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not within " + PATIENCE + ": " + what);
    }

    private static GreenMail smtpServer() {
        int port = ConfigProvider.getConfig().getValue(SmtpSettings.PORT, Integer.class);
        var server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static Optional<MimeMessage> receivedBy(GreenMail server, String recipient) {
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                for (var address : message.getRecipients(Message.RecipientType.TO)) {
                    if (((InternetAddress) address).getAddress().equals(recipient)) {
                        return Optional.of(message);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    private static long countReceivedBy(GreenMail server, String recipient) throws MessagingException {
        long count = 0;
        for (MimeMessage message : server.getReceivedMessages()) {
            for (var address : message.getRecipients(Message.RecipientType.TO)) {
                if (((InternetAddress) address).getAddress().equals(recipient)) {
                    count++;
                }
            }
        }
        return count;
    }

    private long mailTo(String recipient) {
        return ((Number) store.sql("SELECT id FROM outbox_mail WHERE recipient = ?", recipient).get(0)).longValue();
    }

    private List<Object> outboxRow(String recipient) {
        var rows = store.sql("SELECT sent_at, attempts, last_error, subject FROM outbox_mail WHERE recipient = ?",
                recipient);
        return rows.isEmpty() ? List.of() : Arrays.asList((Object[]) rows.get(0));
    }

    @Test
    void r5_1_r5_2_aStateChangeIsRecordedWithTheCallerAndTheServersTime() {
        var subjectId = unique("n");
        var before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        transactions.commit(() -> stateChanges.fire(
                new StateChange("Nomination", subjectId, "submit", "DRAFT", "SUBMITTED «Песні»")));

        var entry = entryOf(subjectId).orElseThrow();
        assertThat(entry.getActor()).as("no one is signed in").isEqualTo(AuditService.SYSTEM);
        assertThat(entry.getOccurredAt()).isBetween(before, Instant.now());
        assertThat(entry.getSubject()).isEqualTo("Nomination");
        assertThat(entry.getAction()).isEqualTo("submit");
        assertThat(entry.getBefore()).isEqualTo("DRAFT");
        assertThat(entry.getAfter()).isEqualTo("SUBMITTED «Песні»");
        assertThat(entry.getHash()).isEqualTo(new AuditChain().hashOf(entry));
    }

    @Test
    void r5_2_r5_7_anEntryNamesTheSignedInCallerUnlessTheChangeIsUnattributed() {
        var named = unique("n");
        var unnamed = unique("b");
        Caller.signIn("ministry-by", DemoData.PASSWORD);
        try {
            transactions.commit(() -> {
                stateChanges.fire(new StateChange("Nomination", named, "admit", "SUBMITTED", "ADMITTED"));
                stateChanges.fire(StateChange.unattributed("Ballot", unnamed, "cast"));
            });
        } finally {
            Caller.anonymous();
        }

        assertThat(entryOf(named).orElseThrow().getActor()).isEqualTo("ministry-by");
        var entry = entryOf(unnamed).orElseThrow();
        assertThat(entry.getActor()).isEqualTo(AuditService.UNATTRIBUTED).isEqualTo("-");
        assertThat(entry.getHash()).isEqualTo(new AuditChain().hashOf(entry));
    }

    @Test
    void r5_1_aStateChangeOfARolledBackTransactionIsNotRecorded() {
        var subjectId = unique("n");

        transactions.rollBack(() -> stateChanges.fire(new StateChange("Nomination", subjectId, "submit", null, null)));

        assertThat(entryOf(subjectId)).isEmpty();
    }

    @Test
    void r5_4_concurrentTransactionsAppendToOneUnbrokenChain() throws Exception {
        var prefix = unique("c");
        List<Future<?>> running = new ArrayList<>();
        for (int task = 0; task < 8; task++) {
            var taskId = prefix + "-" + task;
            running.add(executor.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    var subjectId = taskId + "-" + i;
                    transactions.commit(() -> stateChanges.fire(
                            new StateChange("AwardCycle", subjectId, "advance", "DRAFT", "CALL_OPEN")));
                }
            }));
        }
        for (Future<?> task : running) {
            task.get();
        }

        var chain = wholeChain();
        assertThat(chain.stream().filter(entry -> entry.getSubjectId().startsWith(prefix))).hasSize(40);
        assertThat(chain.stream().map(AuditEntry::getPreviousHash).distinct()).hasSize(chain.size());
        assertThat(new AuditChain().firstBroken(AuditChain.GENESIS, chain)).isEmpty();
    }

    @Test
    void r5_6_theAnonymousCallerNeitherReadsNorVerifiesTheLog() {
        assertThatThrownBy(() -> audit.find(AuditFilter.all(), 0, 10)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.all())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> audit.subjects()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> audit.verify()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void r6_1_aNoticeOfARolledBackTransactionLeavesNoMail() {
        var recipient = unique("rolled-back-") + "@example.by";

        transactions.rollBack(() -> notices.fire(
                Notice.of(recipient, "ru", "organisation.verified", "Белорусский союз композиторов")));

        assertThat(store.sql("SELECT COUNT(*) FROM outbox_mail WHERE recipient = ?", recipient))
                .first().hasToString("0");
    }

    @Test
    void r6_1_r6_2_r6_3_aCommittedNoticeIsDeliveredInTheRecipientsLanguage() throws Exception {
        var recipient = unique("org-by-") + "@example.by";
        var server = smtpServer();
        try {
            transactions.commit(() -> notices.fire(Notice.of(recipient, "be", "nomination.admitted",
                    "2025-2026/BY/007", "Песні ваенных гадоў")));

            var mail = eventually(() -> receivedBy(server, recipient), "the mail to " + recipient);
            assertThat(mail.getSubject()).isEqualTo("Хадайніцтва 2025-2026/BY/007 дапушчана да разгляду");
            assertThat(mail.getContent().toString()).contains("«Песні ваенных гадоў»", "Экспертны савет");
            assertThat(((InternetAddress) mail.getFrom()[0]).getAddress())
                    .isEqualTo(ConfigProvider.getConfig().getValue(SmtpSettings.FROM, String.class));
            var row = eventually(() -> Optional.of(outboxRow(recipient)).filter(r -> !r.isEmpty() && r.get(0) != null),
                    "the mail marked sent");
            assertThat(((Number) row.get(1)).intValue()).isEqualTo(1);
        } finally {
            server.stop();
        }
    }

    @Test
    void r6_4_r6_8_aMailIsSentOnceThoughSendersRaceForIt() throws Exception {
        var recipient = unique("race-") + "@example.ru";
        var server = smtpServer();
        try {
            transactions.commit(() -> notices.fire(Notice.of(recipient, "ru", "nomination.admitted",
                    "2025-2026/RU/008", "Песни военных лет")));
            long id = mailTo(recipient);
            List<Future<?>> senders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                senders.add(executor.submit(() -> outbox.deliver(id)));
            }
            for (Future<?> sender : senders) {
                sender.get();
            }
            eventually(() -> Optional.of(outboxRow(recipient)).filter(r -> r.get(0) != null), "the mail marked sent");
            outbox.deliver(id);
            postman.sendUnsent();

            assertThat(countReceivedBy(server, recipient)).as("the postman and five deliveries, one mail").isEqualTo(1);
            assertThat(((Number) outboxRow(recipient).get(1)).intValue()).as("attempts").isEqualTo(1);
        } finally {
            server.stop();
        }
    }

    /**
     * Rewrites the log from entry {@code id} on, hashes, links and head and all, as a writer of the database could,
     * with {@code after} as that entry's new state; answers the rows as they were, to put back.
     */
    private List<Object[]> rewriteFrom(long id, String after) throws Exception {
        List<Object[]> originals = new ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            String previous;
            try (var head = connection.createStatement()) {
                head.executeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").close();
            }
            try (var before = connection.prepareStatement("SELECT hash FROM audit_entry WHERE id < ?"
                    + " ORDER BY id DESC LIMIT 1")) {
                before.setLong(1, id);
                var row = before.executeQuery();
                previous = row.next() ? row.getString(1) : AuditChain.GENESIS;
            }
            var chain = new AuditChain();
            try (var rows = connection.prepareStatement("SELECT id, occurred_at, actor, subject, subject_id, action,"
                    + " before_state, after_state, previous_hash, hash FROM audit_entry WHERE id >= ? ORDER BY id");
                    var update = connection.prepareStatement("UPDATE audit_entry SET after_state = ?,"
                            + " previous_hash = ?, hash = ? WHERE id = ?")) {
                rows.setLong(1, id);
                var row = rows.executeQuery();
                while (row.next()) {
                    originals.add(new Object[] {row.getLong(1), row.getString(8), row.getString(9), row.getString(10)});
                    var state = row.getLong(1) == id ? after : row.getString(8);
                    var entry = AuditEntry.readBack(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7), state, previous,
                            "");
                    previous = chain.hashOf(entry);
                    update.setString(1, state);
                    update.setString(2, entry.getPreviousHash());
                    update.setString(3, previous);
                    update.setLong(4, row.getLong(1));
                    update.executeUpdate();
                }
            }
            try (var head = connection.prepareStatement("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1")) {
                head.setString(1, previous);
                head.executeUpdate();
            }
            connection.commit();
        }
        return originals;
    }

    private void putBack(List<Object[]> originals) throws Exception {
        try (var connection = dataSource.getConnection();
                var update = connection.prepareStatement("UPDATE audit_entry SET after_state = ?,"
                        + " previous_hash = ?, hash = ? WHERE id = ?");
                var head = connection.prepareStatement("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1")) {
            connection.setAutoCommit(false);
            for (var row : originals) {
                update.setString(1, (String) row[1]);
                update.setString(2, (String) row[2]);
                update.setString(3, (String) row[3]);
                update.setLong(4, (Long) row[0]);
                update.executeUpdate();
            }
            head.setString(1, (String) originals.get(originals.size() - 1)[3]);
            head.executeUpdate();
            connection.commit();
        }
    }

    @Test
    void r5_10_aLogRewrittenHashesAndAllContradictsTheAnchorKeptOutsideTheDatabase() throws Exception {
        var subjectId = unique("anchored-");
        transactions.commit(() -> stateChanges.fire(new StateChange("Nomination", subjectId, "admit", "SUBMITTED",
                "ADMITTED")));
        long id = ((Number) store.sql("SELECT id FROM audit_entry WHERE subject_id = ?", subjectId).get(0))
                .longValue();
        anchoring.anchor();
        var file = Path.of(ConfigProvider.getConfig().getValue(AuditAnchoring.FILE, String.class));
        assertThat(Files.readAllLines(file)).as("the anchor is appended outside the database").last()
                .asString().matches("\\d+ [0-9a-f]{64} \\S+ [0-9a-f]{64}");
        var anchors = anchoring.anchors().orElseThrow();
        assertThat(anchors.get(anchors.size() - 1).entryId()).isGreaterThanOrEqualTo(id);

        Caller.signIn("admin", DemoData.PASSWORD);
        try {
            assertThat(audit.anchored()).isTrue();
            assertThat(audit.verify().outcome()).isEqualTo(ChainVerification.Outcome.INTACT);

            var originals = rewriteFrom(id, "REJECTED");
            try {
                var found = audit.verify();
                assertThat(found.outcome()).as("the rewritten chain holds by itself; its anchor does not")
                        .isEqualTo(ChainVerification.Outcome.CONTRADICTS_ANCHOR);
            } finally {
                putBack(originals);
            }
            assertThat(audit.verify().outcome()).isEqualTo(ChainVerification.Outcome.INTACT);

            var forged = "1 " + "0".repeat(64) + " 2026-11-30T00:00:00Z " + "f".repeat(64) + "\n";
            var kept = Files.readString(file);
            Files.writeString(file, forged, StandardOpenOption.APPEND);
            try {
                assertThat(audit.verify().outcome()).isEqualTo(ChainVerification.Outcome.FORGED_ANCHOR);
            } finally {
                Files.writeString(file, kept);
            }
        } finally {
            Caller.anonymous();
        }
    }

    @Test
    void r6_6_r6_7_aFailingMailWaitsLongerEachTimeIsGivenUpAndNeverHoldsBackTheOthers() throws Exception {
        var dead = unique("dead-") + "@example.by";
        var later = unique("later-") + "@example.by";
        transactions.commit(() -> notices.fire(Notice.of(dead, "ru", "organisation.verified", "Саюз")));
        var id = mailTo(dead);
        eventually(() -> Optional.of(outboxRow(dead)).filter(r -> !r.isEmpty() && r.get(2) != null),
                "a failed attempt");

        assertThat(outbox.due(1000)).as("a failed mail waits for its pause").doesNotContain(id);
        var attempts = store.find(OutboxMail.class, id).getAttempts();
        outbox.deliver(id);
        assertThat(store.find(OutboxMail.class, id).getAttempts()).as("not tried again during its pause (R6.4)")
                .isEqualTo(attempts);
        while (store.find(OutboxMail.class, id).getAttempts() < OutboxMail.MAX_ATTEMPTS) {
            fixtures.update("UPDATE outbox_mail SET next_attempt_at = NULL WHERE id = ?", id);
            outbox.deliver(id);
        }
        var givenUp = store.find(OutboxMail.class, id);
        assertThat(givenUp.isGivenUp()).isTrue();
        assertThat(givenUp.getNextAttemptAt()).isNull();
        assertThat(outbox.due(1000)).doesNotContain(id);

        // the mail server is up before the later mail is queued: its first attempt, made at once after the commit,
        // must not fail and wait out a pause
        var server = smtpServer();
        try {
            transactions.commit(() -> notices.fire(Notice.of(later, "ru", "organisation.verified", "Саюз")));
            postman.sendUnsent();
            eventually(() -> receivedBy(server, later), "a later mail, past the given-up one");
            assertThat(receivedBy(server, dead)).as("a given-up mail is not tried again by itself").isEmpty();

            Caller.signIn("admin", DemoData.PASSWORD);
            assertThat(outbox.givenUp()).extracting(OutboxMail::getId).contains(id);
            outbox.resend(id);
            eventually(() -> receivedBy(server, dead), "the mail put back by the secretariat");
            assertThat(outbox.givenUp()).extracting(OutboxMail::getId).doesNotContain(id);
            assertThat(audit.history("OutboxMail", String.valueOf(id))).extracting(AuditEntry::getAction)
                    .containsExactly("resend");
        } finally {
            Caller.anonymous();
            server.stop();
        }
    }

    @Test
    void r6_3_aMailThatCannotBeSentIsKeptWithItsErrorAndSentLater() throws Exception {
        var recipient = unique("org-ru-") + "@example.ru";

        transactions.commit(() -> notices.fire(Notice.of(recipient, "en", "organisation.rejected", "Музей",
                "the legal details do not match")));

        var failed = eventually(() -> Optional.of(outboxRow(recipient)).filter(r -> !r.isEmpty() && r.get(2) != null),
                "a failed attempt");
        assertThat(failed.get(0)).as("not sent").isNull();
        assertThat(((Number) failed.get(1)).intValue()).isPositive();

        var server = smtpServer();
        try {
            // its pause after the failed attempt is over
            fixtures.update("UPDATE outbox_mail SET next_attempt_at = NULL WHERE id = ?", mailTo(recipient));
            outbox.deliver(mailTo(recipient));

            var mail = eventually(() -> receivedBy(server, recipient), "the mail to " + recipient);
            assertThat(mail.getSubject()).isEqualTo("Registration of the organisation “Музей” rejected");
            var sent = outboxRow(recipient);
            assertThat(sent.get(0)).isNotNull();
            assertThat(((Number) sent.get(1)).intValue()).isGreaterThan(((Number) failed.get(1)).intValue());
        } finally {
            server.stop();
        }
    }

    @Test
    @RunAsClient
    void r5_5_r5_6_theSecretariatFindsAnEntryAndVerifiesTheChainAndSeesATamperedEntry() throws Exception {
        var base = Deployments.base(deployed);
        var subjectId = unique("p");
        var seeded = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/it/state-change?subjectId=" + subjectId)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(seeded.statusCode()).isEqualTo(204);

        try (var page = new AuditLogPage(base);
                var database = DriverManager.getConnection(System.getProperty("it.db.admin.url"))) {
            database.setCatalog(TestDatabase.NAME);
            assertThat(page.title()).isEqualTo("Журнал изменений");
            assertThat(page.entriesOf(subjectId)).contains("system", "Nomination", "admit", "SUBMITTED", "ADMITTED");
            assertThat(page.verify("info")).contains("Цепочка записей цела");

            long id;
            try (var find = database.prepareStatement("SELECT id FROM audit_entry WHERE subject_id = ?")) {
                find.setString(1, subjectId);
                var result = find.executeQuery();
                result.next();
                id = result.getLong(1);
            }
            try (var forge = database.prepareStatement("UPDATE audit_entry SET after_state = ? WHERE id = ?")) {
                forge.setString(1, "REJECTED");
                forge.setLong(2, id);
                forge.executeUpdate();
                assertThat(page.verify("error")).contains("Запись № " + id + " ");
            } finally {
                try (var restore = database.prepareStatement("UPDATE audit_entry SET after_state = ? WHERE id = ?")) {
                    restore.setString(1, "ADMITTED");
                    restore.setLong(2, id);
                    restore.executeUpdate();
                }
            }
        }
    }
}
