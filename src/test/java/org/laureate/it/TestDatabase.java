package org.laureate.it;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The integration tests' own MariaDB/MySQL database: dropped and created empty once per test run, with a user of its
 * own, so that the application migrates it from nothing. Its name is {@code -Dit.db.name} (default
 * {@code laureate_test}); inside the server, the name in {@code LAUREATE_DB_URL}. The administrator's connection
 * comes from {@code -Dit.db.admin.url} (default: root without a password on 127.0.0.1:3306).
 */
final class TestDatabase {

    static final String NAME = System.getProperty("it.db.name", nameIn(System.getenv("LAUREATE_DB_URL")));
    static final String USER = "laureate_test";
    static final String PASSWORD = "laureate_test";

    private static boolean prepared;

    private TestDatabase() {
    }

    /**
     * The database named by the application's URL, for the tests that run inside the server, where {@code -Dit.db.name}
     * is not set but the URL the build gave the server is.
     */
    private static String nameIn(String url) {
        if (url == null || !url.contains("/")) {
            return "laureate_test";
        }
        var path = url.substring(url.lastIndexOf('/') + 1);
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

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
                statement.execute("GRANT ALL PRIVILEGES ON `laureate\\_test%`.* TO " + user);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database through " + adminUrl, e);
        }
        prepared = true;
    }
}
