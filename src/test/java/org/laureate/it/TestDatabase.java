package org.laureate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The integration tests' own MariaDB/MySQL database: dropped and created empty once per test run, with a user of its
 * own, so that the application migrates it from nothing; the audit anchors of an earlier run's database go with it.
 * Its name is {@code -Dit.db.name} (default {@code laureate_test}), which the build also puts into the server's
 * {@code LAUREATE_DB_URL}. The administrator's
 * connection comes from {@code -Dit.db.admin.url} (default: root without a password on 127.0.0.1:3306).
 */
final class TestDatabase {

    /** Outside the server the system property; inside it the environment variable that Failsafe passes on. */
    static final String NAME = System.getProperty("it.db.name", System.getenv().getOrDefault("IT_DB_NAME",
            "laureate_test"));
    static final String USER = "laureate_test";
    static final String PASSWORD = "laureate_test";

    private static boolean prepared;

    private TestDatabase() {
    }

    /**
     * The database named by the application's URL: inside the server, where {@code -Dit.db.name} is not set, the
     * environment that the build gives the server names it.
     */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        var adminUrl = System.getProperty("it.db.admin.url", "jdbc:mysql://127.0.0.1:3306/?user=root&password=");
        try (var connection = DriverManager.getConnection(adminUrl); var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + NAME);
            statement.execute("CREATE DATABASE " + NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                var user = "'" + USER + "'@'" + host + "'";
                statement.execute("CREATE USER IF NOT EXISTS " + user + " IDENTIFIED BY '" + PASSWORD + "'");
                statement.execute("GRANT ALL PRIVILEGES ON `" + NAME + "`.* TO " + user);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database through " + adminUrl, e);
        }
        var anchors = System.getenv("LAUREATE_AUDIT_ANCHOR_FILE");
        if (anchors != null) {
            try {
                Files.deleteIfExists(Path.of(anchors));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot remove the audit anchors of an earlier run", e);
            }
        }
        prepared = true;
    }

    /** A connection to the suite's database as the server reaches it (its environment), for tests run as clients. */
    static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getenv("LAUREATE_DB_URL"),
                System.getenv("LAUREATE_DB_USER"), System.getenv("LAUREATE_DB_PASSWORD"));
    }
}
