package org.laureate.audit.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laureate.audit.control.AuditChain;
import org.laureate.platform.StateChange;

/**
 * The verification command (R5.5, R5.8) against an H2 database in memory brought up by the application's own
 * migrations, with entries written as the server writes them.
 */
class AuditVerificationTest {

    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String url;
    private Connection database;

    @BeforeEach
    void migrate() throws SQLException {
        url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        database = DriverManager.getConnection(url, "sa", "");
    }

    @AfterEach
    void close() throws SQLException {
        try (var statement = database.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        database.close();
    }

    /** Appends {@code count} entries and moves the head, as the server does. */
    private void append(int count) throws SQLException {
        var chain = new AuditChain();
        String head;
        try (var read = database.createStatement();
                var row = read.executeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1")) {
            row.next();
            head = row.getString(1);
        }
        try (var insert = database.prepareStatement("INSERT INTO audit_entry (occurred_at, actor, subject, subject_id,"
                + " action, before_state, after_state, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                var entry = chain.next(head, START.plusSeconds(i), "ministry-by",
                        new StateChange("Nomination", String.valueOf(i), "admit", "SUBMITTED", "ADMITTED"));
                insert.setTimestamp(1, Timestamp.from(entry.getOccurredAt()));
                insert.setString(2, entry.getActor());
                insert.setString(3, entry.getSubject());
                insert.setString(4, entry.getSubjectId());
                insert.setString(5, entry.getAction());
                insert.setString(6, entry.getBefore());
                insert.setString(7, entry.getAfter());
                insert.setString(8, entry.getPreviousHash());
                insert.setString(9, entry.getHash());
                insert.executeUpdate();
                head = entry.getHash();
            }
        }
        sql("UPDATE audit_chain_head SET last_hash = '" + head + "' WHERE id = 1");
    }

    private void sql(String statement) throws SQLException {
        try (var run = database.createStatement()) {
            run.executeUpdate(statement);
        }
    }

    private int verify(String... args) {
        var command = new AuditVerification(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.ENGLISH);
        return command.run(args, Map.of());
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void r5_5_anIntactChainExitsWithZeroAndTellsHowManyEntriesItChecked() throws SQLException {
        append(7);

        assertThat(verify(url, "sa", "")).isEqualTo(AuditVerification.INTACT);
        assertThat(printed()).contains("holds", "7 entries checked", "No. 7");
    }

    @Test
    void r5_8_anEmptyLogWithItsHeadAtGenesisHolds() {
        assertThat(verify(url, "sa", "")).isEqualTo(AuditVerification.INTACT);
        assertThat(printed()).contains("0 entries checked");
    }

    @Test
    void r5_5_aFieldAlteredWithSqlIsReportedByItsEntryWithExitOne() throws SQLException {
        append(6);
        sql("UPDATE audit_entry SET after_state = 'REJECTED' WHERE id = 4");

        assertThat(verify(url, "sa", "")).isEqualTo(AuditVerification.BROKEN);
        assertThat(printed()).contains("Entry No. 4 of 02.11.2026 12:00:03 (Moscow time) does not match",
                "3 entries before it hold");
    }

    @Test
    void r5_8_aDeletedLastRowIsReportedAsTheLogEndingBeforeItsHead() throws SQLException {
        append(5);
        sql("DELETE FROM audit_entry WHERE id = 5");

        assertThat(verify(url, "sa", "")).isEqualTo(AuditVerification.BROKEN);
        assertThat(printed()).contains("ends before its recorded head", "after No. 4 ");
    }

    @Test
    void r5_8_anEntryAppendedWithoutMovingTheHeadIsReported() throws SQLException {
        append(3);
        sql("UPDATE audit_chain_head SET last_hash = (SELECT hash FROM audit_entry WHERE id = 2) WHERE id = 1");

        assertThat(verify(url, "sa", "")).isEqualTo(AuditVerification.BROKEN);
        assertThat(printed()).contains("Entry No. 3 ", "after the recorded head");
    }

    @Test
    void theDatabaseIsTakenFromTheServersEnvironmentVariables() throws SQLException {
        append(2);
        var command = new AuditVerification(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Locale.forLanguageTag("ru"));

        var status = command.run(new String[0],
                Map.of("LAUREATE_DB_URL", url, "LAUREATE_DB_USER", "sa", "LAUREATE_DB_PASSWORD", ""));

        assertThat(status).isEqualTo(AuditVerification.INTACT);
        assertThat(printed()).contains("Цепочка журнала цела", "проверено записей — 2");
    }

    @Test
    void withoutADatabaseItTellsHowToGiveOneAndExitsWithTwo() {
        assertThat(verify()).isEqualTo(AuditVerification.CANNOT_CHECK);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("LAUREATE_DB_URL");
        assertThat(verify("jdbc:h2:mem:nothing-" + UUID.randomUUID() + ";IFEXISTS=TRUE", "sa", ""))
                .isEqualTo(AuditVerification.CANNOT_CHECK);
    }
}
