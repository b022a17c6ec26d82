package org.laureate.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ballots cast as members' browsers cast them, for the benchmarks: {@code POST /api/scoring/ballots} without a session,
 * one ballot at a time per member, members at once. A member's scores differ from petition to petition and from
 * other members', so that a round's ranking has few ties.
 */
final class Casting {

    private Casting() {
    }

    /** What casts came to: the time of each (nanoseconds) and how many did not count or set a cookie. */
    record Outcome(List<Long> times, int refused) {
    }

    /**
     * Each member (a wallet of credentials by petition) casts {@code count} ballots, on the round's petitions from
     * {@code offset} on (from the first again after the last), all members at once.
     */
    static Outcome cast(HttpClient client, String base, long round, List<Long> petitions,
            List<Map<Long, BlindClient.Credential>> wallets, int offset, int count) throws Exception {
        var url = URI.create(base + "/api/scoring/ballots");
        var times = Collections.synchronizedList(new ArrayList<Long>());
        var refused = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(wallets.size());
        try {
            var done = new ArrayList<Future<?>>();
            for (int m = 0; m < wallets.size(); m++) {
                var member = m;
                var wallet = wallets.get(m);
                done.add(pool.submit(() -> {
                    for (int i = 0; i < count; i++) {
                        long petition = petitions.get((offset + i) % petitions.size());
                        var request = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        body(round, petition, member, wallet.get(petition))))
                                .build();
                        var at = System.nanoTime();
                        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        times.add(System.nanoTime() - at);
                        if (response.statusCode() != 200 || !response.body().contains("\"counted\":true")
                                || response.headers().firstValue("Set-Cookie").isPresent()) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Outcome(List.copyOf(times), refused.get());
    }

    /** The body of a cast, as the score sheet sends it: the member's scores of the petition on a scale of 1–10. */
    static String body(long round, long petition, int member, BlindClient.Credential credential) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return String.format(Locale.ROOT, "{\"round\":%d,\"petition\":%d,\"scores\":{\"ARTISTIC_MERIT\":%d,"
                + "\"FRIENDSHIP\":%d,\"SIGNIFICANCE\":%d},\"token\":\"%s\",\"signature\":\"%s\"}", round, petition,
                1 + (petition * 7 + member) % 10, 1 + (petition * 3 + member * 5) % 10,
                1 + (petition + member * 3) % 10, encoder.encodeToString(credential.token()),
                encoder.encodeToString(credential.signature()));
    }
}
