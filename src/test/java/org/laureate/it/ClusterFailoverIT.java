package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.laureate.demo.DemoData;
import org.laureate.platform.BlindRsa;
import org.laureate.security.control.SecondFactor;
import org.openqa.selenium.By;

/**
 * Two instances of the application in one data grid behind nginx ({@code src/test/cluster/run.sh} starts them on the
 * data of {@link ClusterSeedIT}, and runs this test against them; it is not part of {@code mvn verify}). It kills
 * instances with {@code kill -9} on the way and checks what the cluster promises: a publication through one instance
 * is shown by the other within a second (R14.7); the outbox's mails are sent once and the audit chain is anchored
 * once, with every instance's timers running (R6.8, R20.2); a person signed in through one instance is still signed
 * in when it is killed and the next request lands on the other (R20.1); ballots cast while an instance is killed are
 * neither lost nor doubled (R9.15). It prints its figures under "Cluster failover".
 */
@EnabledIfEnvironmentVariable(named = "LAUREATE_CLUSTER", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final Path OUT = Path.of(System.getenv().getOrDefault("LAUREATE_CLUSTER_OUT", "target/cluster"));
    private static final int PORT_A = port("CLUSTER_PORT_A", 28081);
    private static final int PORT_B = port("CLUSTER_PORT_B", 28082);
    private static final int NGINX = port("CLUSTER_NGINX_PORT", 28080);
    private static final int MAIL = port("CLUSTER_MAIL_PORT", 2535);
    private static final String DB = "jdbc:mysql://127.0.0.1:3306/" + System.getenv().getOrDefault("CLUSTER_DB",
            "laureate_cluster") + "?user=" + TestDatabase.USER + "&password=" + TestDatabase.PASSWORD;
    private static final String UPSTREAM = "X-Laureate-Upstream";
    private static final Duration START_PATIENCE = Duration.ofMinutes(10);
    private static final Pattern HIDDEN = Pattern.compile(
            "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");
    private static final String[] CRITERIA = {"ARTISTIC_MERIT", "FRIENDSHIP", "SIGNIFICANCE"};

    private static JsonNode seed;
    private static GreenMail mail;
    private static final StringBuilder REPORT = new StringBuilder(String.format("%nCluster failover%n"));

    @BeforeAll
    static void start() throws IOException {
        seed = new ObjectMapper().readTree(OUT.resolve("seed.json").toFile());
        mail = new GreenMail(new ServerSetup(MAIL, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    @AfterAll
    static void stop() {
        if (mail != null) {
            mail.stop();
        }
        System.out.println(REPORT);
    }

    @Test
    @Order(1)
    void r14_7_aPublicationThroughOneInstanceIsShownByTheOtherWithinASecond() throws Exception {
        var address = "/publication/archive.xhtml?text=" + URLEncoder.encode(seed.get("unpublishedTitle").asText(),
                StandardCharsets.UTF_8);
        var author = "Автор Кластеров";
        var anonymous = client();
        assertThat(get(anonymous, base(PORT_B) + address).body()).as("not published yet").doesNotContain(author);
        assertThat(get(anonymous, base(PORT_B) + address).body()).as("kept by b's cache").doesNotContain(author);

        try (var browser = new Browser()) {
            // the released application: the demo secretariat's code from its demo secret
            browser.signIn(base(PORT_A), "admin", DemoData.PASSWORD,
                    () -> new SecondFactor().code(DemoData.TOTP_SECRET, SecondFactor.stepAt(Instant.now())));
            browser.open(base(PORT_A) + "/publication/admin/laureates.xhtml");
            browser.click(By.xpath("//button[contains(., '" + seed.get("unpublishedCycle").asText() + "')]"));
            browser.click(By.id("confirmYes"));
            browser.waitForText(By.id("messages"), "Опубликовано наград: 1");
        }
        long published = System.nanoTime();
        assertThat(get(anonymous, base(PORT_A) + address).body()).as("a shows it at once").contains(author);
        int requests = 0;
        long shownAfter;
        while (true) {
            requests++;
            var shown = get(anonymous, base(PORT_B) + address).body().contains(author);
            shownAfter = (System.nanoTime() - published) / 1_000_000;
            if (shown || shownAfter > 5_000) {
                break;
            }
        }
        REPORT.append(String.format(Locale.ROOT, "  publication through a: shown by b after %d ms (%d requests)%n",
                shownAfter, requests));
        assertThat(shownAfter).as("b shows the publication within a second (and a request's time)")
                .isLessThan(2_000);
    }

    @Test
    @Order(2)
    void r20_2_theOutboxAndTheAuditAnchoringRunOnceAcrossTheCluster() throws Exception {
        int count = 60;
        var tag = "cluster-" + System.currentTimeMillis();
        try (var connection = DriverManager.getConnection(DB); var insert = connection.prepareStatement(
                "INSERT INTO outbox_mail (recipient, subject, body, created_at, attempts)"
                        + " VALUES (?, ?, ?, UTC_TIMESTAMP(6), 0)")) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, tag + "-" + i + "@cluster.test");
                insert.setString(2, "Кластер " + i);
                insert.setString(3, "Письмо " + i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        long written = System.nanoTime();
        waitUntil(Duration.ofSeconds(120), "every mail sent", () -> scalar(
                "SELECT COUNT(*) FROM outbox_mail WHERE recipient LIKE ? AND sent_at IS NOT NULL", tag + "%") == count);
        long sentAfter = (System.nanoTime() - written) / 1_000_000;
        waitUntil(Duration.ofSeconds(30), "every mail received", () -> received(tag).size() >= count);
        // a second sender racing the first would deliver its copy right after: give it the time of a few deliveries
        Thread.sleep(3_000);
        var received = received(tag);
        var twice = received.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        assertThat(twice).as("mails received more than once").isEmpty();
        assertThat(received).as("every mail received").hasSize(count);
        assertThat(scalar("SELECT COUNT(*) FROM outbox_mail WHERE recipient LIKE ? AND attempts <> 1", tag + "%"))
                .as("mails tried more than once").isZero();

        long latest = scalar("SELECT MAX(id) FROM audit_entry");
        waitUntil(Duration.ofSeconds(90), "the latest audit entry anchored", () -> anchoredIds().contains(latest));
        // both instances' timers fire at the same second of the minute: a second anchor would follow at once
        Thread.sleep(5_000);
        var anchored = anchoredIds();
        var logged = 0;
        for (var name : new String[] {"a", "b"}) {
            try (var lines = Files.lines(OUT.resolve(name + ".log"), StandardCharsets.UTF_8)) {
                logged += (int) lines.filter(line -> line.contains("Audit anchor ")).count();
            }
        }
        REPORT.append(String.format(Locale.ROOT, "  outbox: %d mails written to the database, all sent in %d ms,"
                + " each received once, each tried once%n  audit anchors: %d in the file, %d distinct entries,"
                + " %d logged by the two instances%n", count, sentAfter, anchored.size(),
                anchored.stream().distinct().count(), logged));
        assertThat(anchored).as("no entry anchored twice").doesNotHaveDuplicates();
        assertThat(logged).as("each anchor taken by one instance").isEqualTo(anchored.size());
    }

    @Test
    @Order(3)
    void r20_1_aMemberSignedInThroughAKilledInstanceStaysSignedIn() throws Exception {
        var browser = client();
        var login = get(browser, base(NGINX) + "/login.xhtml");
        var form = new LinkedHashMap<String, String>();
        form.putAll(hiddenFields(login.body(), "login"));
        form.put("login:username", "org-by");
        form.put("login:password", DemoData.PASSWORD);
        form.put("login:submit", "");
        var signedIn = post(browser, base(NGINX) + "/login.xhtml", form);
        assertThat(signedIn.uri().getPath()).as("signed in, on the dashboard").isEqualTo(
                "/dashboard/organisation.xhtml");
        var signInServers = login.headers().firstValue(UPSTREAM).orElse("?") + " then "
                + signedIn.headers().firstValue(UPSTREAM).orElse("?");

        var before = get(browser, base(NGINX) + "/account/account.xhtml");
        assertThat(before.uri().getPath()).isEqualTo("/account/account.xhtml");
        assertThat(before.body()).contains("org-by");
        var served = before.headers().firstValue(UPSTREAM).orElseThrow();
        var killed = served.endsWith(":" + PORT_A) ? "a" : "b";
        kill(killed);

        var after = get(browser, base(NGINX) + "/account/account.xhtml");
        REPORT.append(String.format(Locale.ROOT, "  session: signed in through %s; account page from %s; %s killed;"
                + " next request answered by %s with %d%n", signInServers, served, killed,
                after.headers().firstValue(UPSTREAM).orElse("?"), after.statusCode()));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.uri().getPath()).as("still signed in, not sent to the login page")
                .isEqualTo("/account/account.xhtml");
        assertThat(after.body()).contains("org-by").doesNotContain("id=\"login\"");
        assertThat(after.headers().firstValue(UPSTREAM).orElseThrow()).endsWith(":" + (killed.equals("a") ? PORT_B
                : PORT_A));

        restart(killed);
    }

    @Test
    @Order(4)
    void r9_15_ballotsCastWhileAnInstanceIsKilledAreNeitherLostNorDoubled() throws Exception {
        long round = seed.get("round").asLong();
        var credentials = new ArrayList<JsonNode>();
        seed.get("credentials").forEach(credentials::add);
        Collections.shuffle(credentials);
        var expected = new ConcurrentHashMap<String, List<Integer>>();
        var counted = new AtomicInteger();
        var retries = new AtomicInteger();
        var statuses = new ConcurrentHashMap<String, AtomicInteger>();
        var killAt = new CountDownLatch(credentials.size() / 3);
        // the last third waits for the kill: on a fast machine, every ballot would otherwise be in before it
        var started = new AtomicInteger();
        var killed = new CountDownLatch(1);
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        var pool = Executors.newFixedThreadPool(16);
        var casts = new ArrayList<Future<?>>();
        for (int i = 0; i < credentials.size(); i++) {
            var credential = credentials.get(i);
            var scores = List.of(1 + i % 10, 1 + (i / 10) % 10, 1 + (i * 7) % 10);
            casts.add(pool.submit(() -> {
                if (started.incrementAndGet() > credentials.size() * 2 / 3) {
                    assertThat(killed.await(5, TimeUnit.MINUTES)).as("the kill").isTrue();
                }
                var token = Base64.getUrlDecoder().decode(credential.get("token").asText());
                var body = String.format(Locale.ROOT, "{\"round\":%d,\"petition\":%d,\"scores\":{\"%s\":%d,\"%s\":%d,"
                        + "\"%s\":%d},\"token\":\"%s\",\"signature\":\"%s\"}", round,
                        credential.get("petition").asLong(), CRITERIA[0], scores.get(0), CRITERIA[1], scores.get(1),
                        CRITERIA[2], scores.get(2), credential.get("token").asText(),
                        credential.get("signature").asText());
                expected.put(BlindRsa.receipt(token), scores);
                for (int attempt = 1; ; attempt++) {
                    String outcome;
                    try {
                        var response = client.send(HttpRequest.newBuilder(URI.create(base(NGINX)
                                        + "/api/scoring/ballots")).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200 && response.body().contains("\"counted\":true")) {
                            statuses.computeIfAbsent(response.body().contains("\"revised\":true") ? "200 re-cast"
                                    : "200", key -> new AtomicInteger()).incrementAndGet();
                            counted.incrementAndGet();
                            killAt.countDown();
                            return null;
                        }
                        outcome = String.valueOf(response.statusCode());
                        assertThat(response.statusCode()).as("a refusal other than the cluster's: %s", response.body())
                                .isIn(409, 502, 503, 504);
                    } catch (IOException e) {
                        outcome = e.getClass().getSimpleName();
                    }
                    statuses.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
                    retries.incrementAndGet();
                    assertThat(attempt).as("attempts of one ballot").isLessThan(30);
                    Thread.sleep(200L * Math.min(attempt, 10));
                }
            }));
        }
        assertThat(killAt.await(5, TimeUnit.MINUTES)).isTrue();
        kill("a");
        long killedAt = counted.get();
        killed.countDown();
        for (var cast : casts) {
            cast.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();

        var stored = new HashMap<String, List<Integer>>();
        int rows = 0;
        try (var connection = DriverManager.getConnection(DB); var query = connection.prepareStatement(
                "SELECT receipt_hash, artistic_merit, friendship, significance FROM cast_ballot WHERE round_id = ?")) {
            query.setLong(1, round);
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    // the scores in the order of their criteria's names, as cast
                    var scores = new ArrayList<Integer>();
                    for (int column = 2; column <= 4; column++) {
                        var score = result.getObject(column, Integer.class);
                        if (score != null) {
                            scores.add(score);
                        }
                    }
                    stored.put(result.getString(1), scores);
                }
            }
            try (var count = connection.prepareStatement("SELECT COUNT(*) FROM cast_ballot WHERE round_id = ?")) {
                count.setLong(1, round);
                try (var result = count.executeQuery()) {
                    result.next();
                    rows = result.getInt(1);
                }
            }
        }
        var lost = expected.keySet().stream().filter(receipt -> !stored.containsKey(receipt)).count();
        var wrong = expected.entrySet().stream().filter(entry -> stored.containsKey(entry.getKey())
                && !stored.get(entry.getKey()).equals(entry.getValue())).count();
        REPORT.append(String.format(Locale.ROOT, "  ballots: %d cast by 16 clients through nginx, a killed after %d;"
                + " answers %s; %d retried; in the database %d ballots: %d lost, %d doubled, %d with other scores%n",
                expected.size(), killedAt, new TreeMap<>(statuses.entrySet().stream().collect(
                        Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get()))), retries.get(),
                rows, lost, rows - stored.size(), wrong));
        assertThat(counted.get()).as("every ballot counted").isEqualTo(credentials.size());
        assertThat(lost).as("lost ballots").isZero();
        assertThat(rows).as("ballots in the database (none doubled)").isEqualTo(credentials.size());
        assertThat(wrong).as("ballots with other scores than cast").isZero();
    }

    // --- the cluster

    private static void kill(String name) throws IOException {
        var pid = Long.parseLong(Files.readString(OUT.resolve(name + ".pid")).strip());
        var process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("instance " + name
                + " is not running"));
        assertThat(process.destroyForcibly()).as("kill -9 " + pid).isTrue();
        process.onExit().join();
    }

    /** Starts the instance again and waits until it answers and has joined the data grid. */
    private static void restart(String name) throws Exception {
        var log = OUT.resolve(name + ".log");
        long from = Files.size(log);
        var started = new ProcessBuilder("bash", "src/test/cluster/instance.sh", name).inheritIO().start();
        assertThat(started.waitFor()).isZero();
        int port = name.equals("a") ? PORT_A : PORT_B;
        waitUntil(START_PATIENCE, "instance " + name + " ready", () -> {
            try {
                return get(HttpClient.newHttpClient(), base(port) + "/health/ready").statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
        waitUntil(START_PATIENCE, "instance " + name + " in the data grid", () -> {
            var text = Files.readString(log, StandardCharsets.ISO_8859_1);
            return text.length() > from && text.substring((int) from).contains("DG Size: 2");
        });
    }

    // --- HTTP

    private static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException {
        return send(client, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    private static HttpResponse<String> post(HttpClient client, String url, Map<String, String> form)
            throws IOException {
        var body = form.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(client, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The hidden fields of a form of the page (its name, the view state), by name. */
    private static Map<String, String> hiddenFields(String page, String formId) {
        int start = page.indexOf("<form id=\"" + formId + "\"");
        assertThat(start).as("the form " + formId).isNotNegative();
        var form = page.substring(start, page.indexOf("</form>", start));
        var fields = new LinkedHashMap<String, String>();
        var matcher = HIDDEN.matcher(form);
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2).replace("&amp;", "&"));
        }
        assertThat(fields).containsKey("jakarta.faces.ViewState");
        return fields;
    }

    // --- the database, the mails, the anchors

    private static long scalar(String sql, Object... parameters) throws SQLException {
        try (var connection = DriverManager.getConnection(DB); var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** The mails received for the tag's recipients: how many times each. */
    private static Map<String, Integer> received(String tag) throws Exception {
        var counts = new HashMap<String, Integer>();
        for (var message : mail.getReceivedMessages()) {
            for (var to : message.getAllRecipients()) {
                if (to.toString().startsWith(tag)) {
                    counts.merge(to.toString(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private static List<Long> anchoredIds() throws IOException {
        var file = OUT.resolve("audit-anchors.log");
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank())
                .map(line -> Long.parseLong(line.split(" ")[0])).toList();
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls the condition until it holds; fails after the patience given. */
    private static void waitUntil(Duration patience, String what, Condition condition) throws Exception {
        long until = System.nanoTime() + patience.toNanos();
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("waited for: " + what).isLessThan(until);
            Thread.sleep(250);
        }
    }

    private static int port(String variable, int port) {
        return Integer.parseInt(System.getenv().getOrDefault(variable, String.valueOf(port)));
    }
}
