package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.platform.web.MessageKeys;

/**
 * R20.3 The database stopped for 20 seconds, as the test server sees it: every connection to it cut and every new one
 * refused ({@link DatabaseRelay}). Meanwhile a page that needs it answers at once 503 with {@code Retry-After} and
 * "try again shortly" in the reader's language, and the open data a problem of status 503; once it is back, the same
 * addresses answer 200 again without anyone restarting anything. Prints the figure.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static final Duration AWAY = Duration.ofSeconds(20);
    private static final Duration RECOVERY_PATIENCE = Duration.ofSeconds(90);
    private static final int REQUESTS = 40;

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger unique = new AtomicInteger();

    @Test
    void r20_3_whileTheDatabaseIsAwayPagesAnswer503AtOnceAndTheServerRecoversByItself() throws Exception {
        var relay = DatabaseRelay.running();
        assumeTrue(relay != null, "the test server reaches a MySQL or MariaDB database through the relay");
        var base = Deployments.base(deployed);
        var english = ResourceBundle.getBundle(MessageKeys.BUNDLE, Locale.ENGLISH);
        assertThat(page(base).statusCode()).as("the archive's search before").isEqualTo(200);
        assertThat(openData(base).statusCode()).as("the open data before").isEqualTo(200);

        int asked = 0;
        long slowestPage = 0;
        long slowestData = 0;
        // the database is away for AWAY, as a stopped server would be; the test asks while it is, at most REQUESTS
        // pairs (each refused request leaves the pool's warnings in the server's log), then waits for it to be back
        var back = new CountDownLatch(1);
        var restorer = Executors.newSingleThreadScheduledExecutor();
        relay.cut();
        restorer.schedule(() -> {
            relay.restore();
            back.countDown();
            return null;
        }, AWAY.toMillis(), TimeUnit.MILLISECONDS);
        try {
            for (int pair = 0; pair < REQUESTS && back.getCount() > 0; pair++) {
                long started = System.nanoTime();
                var page = page(base);
                long pageTook = System.nanoTime() - started;
                started = System.nanoTime();
                var data = openData(base);
                long dataTook = System.nanoTime() - started;
                if (back.getCount() == 0) {
                    break; // the database came back while these were asked: their answers may be either
                }
                assertThat(page.statusCode()).as("a page while the database is away").isEqualTo(503);
                assertThat(page.headers().firstValue("Retry-After")).as("Retry-After").isPresent();
                assertThat(page.body()).contains(english.getString("error.unavailable.body"));
                assertThat(data.statusCode()).as("the open data while the database is away").isEqualTo(503);
                assertThat(data.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(data.body()).contains(english.getString("api.problem.unavailable.detail"));
                asked += 2;
                slowestPage = Math.max(slowestPage, pageTook);
                slowestData = Math.max(slowestData, dataTook);
            }
            assertThat(back.await(AWAY.multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS))
                    .as("the database back after %s", AWAY).isTrue();
        } finally {
            restorer.shutdownNow();
            relay.restore();
        }
        assertThat(asked).as("requests answered while the database was away").isPositive();
        long restoredAt = System.nanoTime();
        // a wait for the event, bounded: the first 200 of the page after the database is back
        int status = 0;
        while (status != 200 && System.nanoTime() - restoredAt < RECOVERY_PATIENCE.toNanos()) {
            status = page(base).statusCode();
            assertThat(status).as("a page while the server reconnects").isIn(200, 503);
        }
        long recoveredIn = (System.nanoTime() - restoredAt) / 1_000_000;
        assertThat(status).as("the archive's search answers again within %s", RECOVERY_PATIENCE).isEqualTo(200);
        assertThat(openData(base).statusCode()).as("the open data answers again").isEqualTo(200);
        System.out.printf(Locale.ROOT, "database away %d s: %d requests, every one 503 with its message, the slowest"
                + " page in %d ms, the slowest open data in %d ms; answering 200 again %d ms after it was back%n",
                AWAY.toSeconds(), asked, slowestPage / 1_000_000, slowestData / 1_000_000, recoveredIn);
    }

    /** A search of the archive that no earlier request asked for, so that no cached copy can answer it. */
    private HttpResponse<String> page(String base) throws IOException, InterruptedException {
        return get(base + "/publication/archive.xhtml?text=outage-" + unique.incrementAndGet(), "text/html");
    }

    private HttpResponse<String> openData(String base) throws IOException, InterruptedException {
        return get(base + "/api/laureates?q=outage-" + unique.incrementAndGet(), "application/json");
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).header("Accept-Language", "en").header("Cookie", "laureate-lang=en")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
