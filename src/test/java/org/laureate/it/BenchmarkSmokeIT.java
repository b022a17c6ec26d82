package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A short smoke of the benchmark suite ({@code src/test/bench/run.sh}) on the test data: each of its public cases under
 * 16 concurrent readers for two seconds, every answer a 200 with no session opened. It prints its figures, which on a
 * test run only show that the cases work; the suite measures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BenchmarkSmokeIT {

    private static final int READERS = 16;
    private static final Duration EACH = Duration.ofSeconds(2);

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    @Test
    void thePublicCasesAnswerUnderConcurrentReaders() throws Exception {
        var base = Deployments.base(deployed);
        var report = new StringBuilder(String.format(Locale.ROOT, "%nBenchmark smoke (%d readers, %d s each)%n",
                READERS, EACH.toSeconds()));
        for (var path : List.of("/publication/laureates.xhtml", "/publication/archive.xhtml?text=%D0%BC%D0%B8%D1%81",
                "/api/laureates")) {
            var latencies = Collections.synchronizedList(new ArrayList<Long>());
            var io = Executors.newFixedThreadPool(4);
            var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(io).build();
            var request = HttpRequest.newBuilder(URI.create(base + path)).GET().build();
            long until = System.nanoTime() + EACH.toNanos();
            var readers = Executors.newFixedThreadPool(READERS);
            List<Future<Integer>> failures = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                failures.add(readers.submit(() -> {
                    int failed = 0;
                    while (System.nanoTime() < until) {
                        long started = System.nanoTime();
                        var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        latencies.add(System.nanoTime() - started);
                        if (response.statusCode() != 200 || response.headers().firstValue("Set-Cookie").isPresent()) {
                            failed++;
                        }
                    }
                    return failed;
                }));
            }
            int failed = 0;
            for (var future : failures) {
                failed += sum(future);
            }
            readers.shutdown();
            io.shutdown();
            assertThat(failed).as(path).isZero();
            assertThat(latencies).as(path).isNotEmpty();
            var sorted = latencies.stream().sorted().toList();
            report.append(String.format(Locale.ROOT, "%-60s %7.0f req/s  p99 %6.1f ms%n", path,
                    sorted.size() / (double) EACH.toSeconds(),
                    sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6));
        }
        System.out.println(report);
    }

    private static int sum(Future<Integer> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        }
    }
}
