package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.Country;
import org.laureate.scoring.boundary.CredentialService;
import org.laureate.scoring.boundary.PetitionKeys;

/**
 * R9.15, R4.35 A server killed with {@code kill -9} while 50 ballots are being cast on it and petitions saved loses
 * nothing it acknowledged and leaves nothing half-written: a second Payara Micro, started on the suite's database from
 * the released WAR as a lone server is (the quick start's command files: its sessions in memory), takes the casts of
 * five members and the saves of five organisations editing their petitions' reasons, one save after another, until a
 * third of the casts and ten saves have been acknowledged, and is then killed; every acknowledged ballot is in the
 * database with all its scores, the casts it never answered, cast again on the suite's server, count once each, and
 * each petition holds, whole, the text of its last acknowledged save or of the one the kill cut short. Prints the
 * figure.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerCrashIT {

    private static final int PETITIONS = 10;
    private static final int MEMBERS = 5;
    private static final int EDITORS = 5;
    /** The password of the organisations' users that {@link PetitionSeeds} creates. */
    private static final String EDITOR_PASSWORD = "a long password";
    private static final String[] CRITERIA = {"ARTISTIC_MERIT", "FRIENDSHIP", "SIGNIFICANCE"};
    private static final Duration START_PATIENCE = Duration.ofMinutes(5);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    ScoringFixtures fixtures;

    @Inject
    CredentialService credentials;

    @Inject
    PetitionKeys keys;

    @Inject
    PetitionSeeds petitions;

    @Inject
    CycleService cycles;

    @ArquillianResource
    URL deployed;

    /**
     * Where the seeding, inside the server, leaves the credentials for the client half of the test: beside the audit
     * anchors of the run, a path both processes are given.
     */
    private static Path seedFile() {
        return Path.of(System.getenv("LAUREATE_AUDIT_ANCHOR_FILE")).toAbsolutePath().resolveSibling(
                "server-crash-" + System.getenv().getOrDefault("IT_DB_NAME", "it")).resolve("seed.json");
    }

    /**
     * Inside the suite's server: a round of ten petitions, its keys, and five members' credentials of it; five
     * organisations, each with a draft petition in the current cycle.
     */
    @Test
    @Order(1)
    void seedsARoundItsCredentialsAndDraftPetitions() throws IOException {
        var cycle = fixtures.cycle(CycleYears.next(), PETITIONS, 3);
        var members = fixtures.seated(cycle.cycleId(), "crash", MEMBERS);
        var round = fixtures.openRound(cycle, "Сбой сервера", Duration.ofDays(1));
        assertThat(keys.keys(round)).hasSize(PETITIONS);
        var wallet = Wallet.exported(credentials, round, members);
        var current = cycles.current().orElseThrow();
        var editors = new ArrayList<Map<String, Object>>();
        for (int o = 0; o < EDITORS; o++) {
            var username = "crash-org-" + UUID.randomUUID().toString().substring(0, 8);
            var organisation = petitions.organisation("Союз сбоя " + username, o % 2 == 0 ? Country.BY : Country.RU,
                    username);
            var draft = petitions.draft(current.getId(), organisation.getId(), Instant.now());
            editors.add(Map.of("username", username, "petition", draft.getId()));
        }
        Files.createDirectories(seedFile().getParent());
        new ObjectMapper().writeValue(seedFile().toFile(),
                Map.of("round", round, "credentials", wallet, "editors", editors));
        assertThat(wallet).hasSize(PETITIONS * MEMBERS);
    }

    /** Outside: the second server, its casts, its kill, and what the database holds after it. */
    @Test
    @Order(2)
    @RunAsClient
    void r9_15_r4_35_aServerKilledMidCastAndMidSaveLosesNothingAcknowledgedAndWritesNothingHalf() throws Exception {
        var url = System.getenv("LAUREATE_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:mysql:"), "the suite runs on MySQL or MariaDB");
        var seed = new ObjectMapper().readTree(seedFile().toFile());
        long round = seed.get("round").asLong();
        var wallet = new ArrayList<JsonNode>();
        seed.get("credentials").forEach(wallet::add);
        var editors = new ArrayList<JsonNode>();
        seed.get("editors").forEach(editors::add);

        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var log = seedFile().resolveSibling("server.log");
        var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Duser.timezone=UTC", "-jar", "target/payara-micro.jar", "--deploy", "target/laureate.war",
                "--contextroot", "/", "--port", String.valueOf(port), "--nocluster", "--interfaces", "127.0.0.1",
                "--prebootcommandfile", "src/main/payara/pre-boot-commands.txt",
                "--postbootcommandfile", "src/main/payara/single-server.txt")
                .redirectErrorStream(true);
        process.environment().put("LAUREATE_DEMO", "false");
        // a line of the anchors cut by the kill must not reach the suite's own file
        process.environment().put("LAUREATE_AUDIT_ANCHOR_FILE", seedFile().resolveSibling("anchors.log").toString());
        var server = process.start();
        var ready = readyLine(server, log);
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var crashed = "http://127.0.0.1:" + port;
        var acknowledged = ConcurrentHashMap.<String>newKeySet();
        var unanswered = new ArrayList<JsonNode>();
        // for each petition, the number of its last save the server answered "saved" to
        var saved = new ConcurrentHashMap<Long, Integer>();
        var savesAnswered = new AtomicInteger();
        int killedAfter;
        int savesBeforeKill;
        try {
            assertThat(ready.await(START_PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .as("the second server says it is ready within %s", START_PATIENCE).isTrue();
            assertThat(client.send(HttpRequest.newBuilder(URI.create(crashed + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("its readiness").isEqualTo(200);
            var killAt = new CountDownLatch(wallet.size() / 3);
            var savesAt = new CountDownLatch(2 * EDITORS);
            var pool = Executors.newFixedThreadPool(16 + EDITORS);
            var saves = new ArrayList<Future<?>>();
            for (var editor : editors) {
                var session = PetitionEditor.open(crashed, editor.get("username").asText(), EDITOR_PASSWORD);
                long petition = editor.get("petition").asLong();
                saves.add(pool.submit(() -> {
                    try {
                        for (int n = 1; n <= 1_000; n++) {
                            if (session.saveReasons(reasons(petition, n))) {
                                saved.put(petition, n);
                                savesAnswered.incrementAndGet();
                                savesAt.countDown();
                            }
                        }
                    } catch (IOException cut) {
                        // the server was killed: this editor's saves end here
                    }
                    return null;
                }));
            }
            var casts = new ArrayList<Future<Boolean>>();
            for (var credential : wallet) {
                casts.add(pool.submit(() -> {
                    try {
                        var response = cast(client, crashed, round, credential);
                        if (response.statusCode() == 200 && response.body().contains("\"counted\":true")) {
                            acknowledged.add(receipt(credential));
                            killAt.countDown();
                            return true;
                        }
                        return false;
                    } catch (IOException cut) {
                        return false;
                    }
                }));
            }
            assertThat(killAt.await(5, TimeUnit.MINUTES)).as("a third of the casts acknowledged").isTrue();
            assertThat(savesAt.await(5, TimeUnit.MINUTES)).as("some saves acknowledged").isTrue();
            server.destroyForcibly();
            killedAfter = acknowledged.size();
            savesBeforeKill = savesAnswered.get();
            for (var save : saves) {
                save.get(2, TimeUnit.MINUTES);
            }
            for (int i = 0; i < casts.size(); i++) {
                if (!casts.get(i).get(2, TimeUnit.MINUTES)) {
                    unanswered.add(wallet.get(i));
                }
            }
            pool.shutdown();
        } finally {
            server.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        }

        var afterKill = stored(round);
        var kept = afterKill.stream().map(StoredBallot::receipt).toList();
        var lost = acknowledged.stream().filter(receipt -> !kept.contains(receipt)).count();
        var half = afterKill.stream().filter(ballot -> ballot.scores() != CRITERIA.length).count();
        assertThat(lost).as("acknowledged ballots missing after the kill").isZero();
        assertThat(half).as("ballots written without all their scores").isZero();
        for (var editor : editors) {
            long petition = editor.get("petition").asLong();
            int last = saved.getOrDefault(petition, 0);
            var stored = storedReasons(petition);
            assertThat(List.of(reasons(petition, last), reasons(petition, last + 1)))
                    .as("petition %d after its save %d was acknowledged: the text of that save or of the next, whole",
                            petition, last)
                    .contains(stored);
        }

        var base = Deployments.base(deployed);
        for (var credential : unanswered) {
            var response = cast(client, base, round, credential);
            assertThat(response.statusCode()).as("a cast again on the suite's server: %s", response.body())
                    .isEqualTo(200);
        }
        var afterRecast = stored(round);
        assertThat(afterRecast).extracting(StoredBallot::receipt).as("every ballot once, none doubled")
                .containsExactlyInAnyOrderElementsOf(wallet.stream().map(ServerCrashIT::receipt).toList());
        assertThat(afterRecast).allMatch(ballot -> ballot.scores() == CRITERIA.length);
        System.out.printf(Locale.ROOT, "server killed mid-cast: %d ballots cast by 16 clients, the server killed after"
                + " %d acknowledgements; %d acknowledged in all, %d unanswered and cast again; in the database %d"
                + " ballots after the kill, %d lost, %d half-written; %d after the second casts, none doubled;"
                + " %d petition saves by %d organisations acknowledged before the kill, none lost or half-written%n",
                wallet.size(), killedAfter, acknowledged.size(), unanswered.size(), afterKill.size(), lost, half,
                afterRecast.size(), savesBeforeKill, EDITORS);
    }

    /**
     * Copies what the server prints to {@code log} and opens the latch at the line that says it is ready: the test
     * waits for what the server says, not for a time.
     */
    private static CountDownLatch readyLine(Process server, Path log) {
        var ready = new CountDownLatch(1);
        var reader = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
                    var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (var line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.write(line);
                    out.newLine();
                    if (line.contains("Payara Micro") && line.contains(" ready in ")) {
                        out.flush();
                        ready.countDown();
                    }
                }
            } catch (IOException ended) {
                // the server was killed: its output ends here
            }
        }, "second-server-output");
        reader.setDaemon(true);
        reader.start();
        return ready;
    }

    private static HttpResponse<String> cast(HttpClient client, String base, long round, JsonNode credential)
            throws IOException, InterruptedException {
        var body = String.format(Locale.ROOT, "{\"round\":%d,\"petition\":%d,\"scores\":{\"%s\":7,\"%s\":8,\"%s\":9},"
                + "\"token\":\"%s\",\"signature\":\"%s\"}", round, credential.get("petition").asLong(), CRITERIA[0],
                CRITERIA[1], CRITERIA[2], credential.get("token").asText(), credential.get("signature").asText());
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/scoring/ballots"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String receipt(JsonNode credential) {
        return BlindRsa.receipt(Base64.getUrlDecoder().decode(credential.get("token").asText()));
    }

    /**
     * The reasons of a petition's n-th save (the seeded ones before the first): long enough that a write cut short
     * would show.
     */
    private static String reasons(long petition, int n) {
        return n == 0 ? "Умацаванне сяброўства народаў"
                : "Обоснование " + petition + "-" + n + ": " + "укрепление дружбы народов. ".repeat(200) + "Конец.";
    }

    /** A petition's reasons as the database holds them. */
    private static String storedReasons(long petition) throws SQLException {
        try (var connection = TestDatabase.connect();
                var query = connection.prepareStatement("SELECT reasons FROM nomination WHERE id = ?")) {
            query.setLong(1, petition);
            try (var result = query.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }

    /** A ballot row of the database: its receipt and how many scores it holds. */
    private record StoredBallot(String receipt, int scores) {
    }

    /** The round's ballots in the database, one for each row. */
    private static List<StoredBallot> stored(long round) throws SQLException {
        var ballots = new ArrayList<StoredBallot>();
        try (var connection = TestDatabase.connect();
                var query = connection.prepareStatement("SELECT receipt_hash, (artistic_merit IS NOT NULL)"
                        + " + (friendship IS NOT NULL) + (significance IS NOT NULL)"
                        + " FROM cast_ballot WHERE round_id = ?")) {
            query.setLong(1, round);
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    ballots.add(new StoredBallot(result.getString(1), result.getInt(2)));
                }
            }
        }
        return ballots;
    }
}
