package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.laureate.audit.command.AuditVerification;
import org.laureate.audit.control.ChainVerification;

/**
 * The backup and restore of docs/operations.md, as an operator runs them: the running application's database is
 * dumped with mysqldump (materials and scans are in it), restored into a new database with the mysql client, and the
 * restored copy holds every row of every table and an audit chain that verifies, anchors included.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

    private static final Pattern ADMIN_URL =
            Pattern.compile("jdbc:mysql://([^:/]+):(\\d+)/\\?user=([^&]*)&password=(.*)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    private HttpResponse<String> seed(String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Deployments.base(deployed) + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isBetween(200, 204);
        return response;
    }

    private static byte[] content(String database, long material) throws Exception {
        try (var connection = connect(database);
                var select = connection.prepareStatement("SELECT content FROM material WHERE id = ?")) {
            select.setLong(1, material);
            var row = select.executeQuery();
            assertThat(row.next()).as("material " + material + " in " + database).isTrue();
            return row.getBytes(1);
        }
    }

    private static String[] client(String program, String... arguments) {
        var url = ADMIN_URL.matcher(System.getProperty("it.db.admin.url"));
        assertThat(url.matches()).as("the administrator's URL names host, port, user and password").isTrue();
        var command = new ArrayList<>(List.of(program, "-h", url.group(1), "-P", url.group(2),
                "-u", url.group(3)));
        if (!url.group(4).isEmpty()) {
            command.add("-p" + url.group(4));
        }
        command.addAll(List.of(arguments));
        return command.toArray(String[]::new);
    }

    private static void run(Path input, Path output, String... command) throws Exception {
        var builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        var process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(command[0] + " ends").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command[0], "exit status")).isZero();
    }

    private static Connection connect(String database) throws Exception {
        var connection = DriverManager.getConnection(System.getProperty("it.db.admin.url"));
        connection.setCatalog(database);
        return connection;
    }

    private static Map<String, Long> counts(String database) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (var connection = connect(database); var tables = connection.createStatement().executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + database + "'")) {
            while (tables.next()) {
                var table = tables.getString(1);
                try (var count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
                    count.next();
                    counts.put(table, count.getLong(1));
                }
            }
        }
        return counts;
    }

    @Test
    void aDumpRestoredIntoAFreshDatabaseHoldsEveryRowAndAnAuditChainThatVerifies(@TempDir Path files)
            throws Exception {
        var source = TestDatabase.NAME;
        var restored = source + "_restored";
        var dump = files.resolve("laureate.sql");
        var material = Long.parseLong(seed("/it/petition-with-material").body().strip());
        seed("/it/state-change?subjectId=backup-" + material);

        run(null, dump, client("mysqldump", "--single-transaction", "--hex-blob", "--routines",
                "--default-character-set=utf8mb4", source));
        var before = counts(source);
        run(null, null, client("mysql", "-e", "DROP DATABASE IF EXISTS " + restored + "; CREATE DATABASE " + restored
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"));
        try {
            run(dump, null, client("mysql", "--default-character-set=utf8mb4", restored));

            assertThat(counts(restored)).as("every table, every row").isEqualTo(before);
            assertThat(before.get("audit_entry")).isPositive();
            assertThat(content(restored, material)).as("an uploaded file, byte for byte")
                    .isEqualTo(content(source, material)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
            try (var connection = connect(restored)) {
                var found = AuditVerification.verify(connection, AuditVerification.anchors(System.getenv()));
                assertThat(found.outcome()).isEqualTo(ChainVerification.Outcome.INTACT);
                assertThat(found.checked()).isEqualTo(before.get("audit_entry"));
            }
            assertThat(Files.size(dump)).isPositive();
        } finally {
            run(null, null, client("mysql", "-e", "DROP DATABASE IF EXISTS " + restored));
        }
    }
}
