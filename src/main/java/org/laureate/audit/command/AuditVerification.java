package org.laureate.audit.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.laureate.audit.control.AuditAnchors;
import org.laureate.audit.control.AuditChain;
import org.laureate.audit.control.ChainVerification;
import org.laureate.audit.entity.AuditEntry;
import org.laureate.platform.CapitalTime;
import org.laureate.platform.RoutingDataSource;

/**
 * The audit chain's verification run by a person against a database, outside the server (R5.5, R5.8): it reads the
 * chain's head and the log over JDBC in one snapshot and holds them to the same {@link AuditChain} as the server. It
 * tells that the chain holds, with the number of entries checked, or the first entry that does not match.
 *
 * <p>The database is given as arguments {@code [url [user [password]]]}, or by the server's environment variables
 * {@code LAUREATE_DB_URL}, {@code LAUREATE_DB_USER}, {@code LAUREATE_DB_PASSWORD}; the anchors kept outside the
 * database (R5.10) by {@code LAUREATE_AUDIT_ANCHOR_KEY} and {@code LAUREATE_AUDIT_ANCHOR_FILE}. The time of an entry
 * is read as the server wrote it: run the command in the server's time zone. Exit status: 0 when the chain holds, 1
 * when it does not, 2 when it cannot be checked.
 */
public final class AuditVerification {

    public static final int INTACT = 0;
    public static final int BROKEN = 1;
    public static final int CANNOT_CHECK = 2;

    private static final String BUNDLE = "org.laureate.i18n.messages";
    private static final Set<String> LANGUAGES = Set.of("ru", "be", "en");
    private static final int BATCH = 500;
    private static final String HEAD = "SELECT last_hash FROM audit_chain_head WHERE id = 1";
    private static final String ENTRIES = "SELECT id, occurred_at, actor, subject, subject_id, action, before_state,"
            + " after_state, previous_hash, hash FROM audit_entry WHERE id > ? ORDER BY id LIMIT " + BATCH;

    private final PrintStream out;
    private final PrintStream err;
    private final ResourceBundle messages;
    private final Locale locale;

    AuditVerification(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = LANGUAGES.contains(locale.getLanguage()) ? locale : Locale.forLanguageTag("ru");
        this.messages = ResourceBundle.getBundle(BUNDLE, this.locale);
    }

    public static void main(String[] args) {
        System.exit(new AuditVerification(System.out, System.err, Locale.getDefault()).run(args, System.getenv()));
    }

    /** Verifies the database the arguments or else the environment name, and tells the result; the exit status. */
    int run(String[] args, Map<String, String> environment) {
        var url = setting(args, 0, environment, "LAUREATE_DB_URL");
        if (url == null || url.isBlank()) {
            err.println(text("audit.command.usage"));
            return CANNOT_CHECK;
        }
        var dataSource = new RoutingDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(setting(args, 1, environment, "LAUREATE_DB_USER"));
        dataSource.setPassword(setting(args, 2, environment, "LAUREATE_DB_PASSWORD"));
        List<AuditAnchors.Anchor> anchors;
        try {
            anchors = anchors(environment);
        } catch (IOException e) {
            err.println(text("audit.command.failed", url, e.getMessage()));
            return CANNOT_CHECK;
        } catch (IllegalArgumentException e) {
            out.println(text("audit.command.forgedAnchor"));
            return BROKEN;
        }
        try (var connection = dataSource.getConnection()) {
            var found = verify(connection, anchors);
            tell(found);
            return found.intact() ? INTACT : BROKEN;
        } catch (SQLException e) {
            err.println(text("audit.command.failed", url, e.getMessage()));
            return CANNOT_CHECK;
        }
    }

    private static String setting(String[] args, int index, Map<String, String> environment, String variable) {
        return args.length > index ? args[index] : environment.get(variable);
    }

    /**
     * R5.10 The anchors of the file {@code LAUREATE_AUDIT_ANCHOR_FILE}, signed with {@code LAUREATE_AUDIT_ANCHOR_KEY};
     * none when no key is given or no anchor was taken yet.
     */
    public static List<AuditAnchors.Anchor> anchors(Map<String, String> environment) throws IOException {
        var key = environment.get("LAUREATE_AUDIT_ANCHOR_KEY");
        if (key == null || key.isBlank()) {
            return List.of();
        }
        var file = Path.of(environment.getOrDefault("LAUREATE_AUDIT_ANCHOR_FILE", "./data/audit-anchors.log"));
        if (!Files.exists(file)) {
            return List.of();
        }
        var anchors = new AuditAnchors(key);
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                .map(anchors::read).toList();
    }

    /** R5.8 The head and the entries, read in one read-only transaction, so that they are of one snapshot. */
    static ChainVerification verify(Connection connection) throws SQLException {
        return verify(connection, List.of());
    }

    /** R5.8, R5.10 As {@link #verify(Connection)}, holding the entries to the anchors too. */
    public static ChainVerification verify(Connection connection, List<AuditAnchors.Anchor> anchors)
            throws SQLException {
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setAutoCommit(false);
        try {
            String headHash;
            try (var head = connection.createStatement(); var row = head.executeQuery(HEAD)) {
                if (!row.next()) {
                    throw new SQLException("audit_chain_head has no row");
                }
                headHash = row.getString(1);
            }
            try (var entries = connection.prepareStatement(ENTRIES)) {
                return new AuditChain().verify(headHash, after -> read(entries, after), anchors);
            } catch (UncheckedSql e) {
                throw e.getCause();
            }
        } finally {
            connection.rollback();
        }
    }

    private static List<AuditEntry> read(PreparedStatement entries, long after) {
        List<AuditEntry> batch = new ArrayList<>();
        try {
            entries.setLong(1, after);
            try (ResultSet row = entries.executeQuery()) {
                while (row.next()) {
                    batch.add(AuditEntry.readBack(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
                            row.getString("actor"), row.getString("subject"), row.getString("subject_id"),
                            row.getString("action"), row.getString("before_state"), row.getString("after_state"),
                            row.getString("previous_hash"), row.getString("hash")));
                }
            }
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
        return batch;
    }

    private void tell(ChainVerification found) {
        var entry = found.entry();
        switch (found.outcome()) {
            case INTACT -> out.println(text("audit.command.intact", found.checked(), found.entryId()));
            case ALTERED -> out.println(text("audit.command.altered", entry.getId(), when(entry), found.checked()));
            case RUNS_PAST_HEAD -> out.println(text("audit.command.runsPastHead", entry.getId(), when(entry)));
            case CONTRADICTS_ANCHOR -> out.println(entry == null ? text("audit.command.anchoredMissing")
                    : text("audit.command.contradictsAnchor", entry.getId(), when(entry)));
            case FORGED_ANCHOR -> out.println(text("audit.command.forgedAnchor"));
            case ENDS_BEFORE_HEAD -> out.println(entry == null ? text("audit.command.emptyBeforeHead")
                    : text("audit.command.endsBeforeHead", entry.getId(), when(entry), found.checked()));
            default -> throw new IllegalStateException(found.outcome().name());
        }
    }

    private static String when(AuditEntry entry) {
        return CapitalTime.seconds(entry.getOccurredAt());
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(messages.getString(key), locale).format(arguments);
    }

    /** A failure to read a batch of the log, carried out of the chain's walk. */
    private static final class UncheckedSql extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
