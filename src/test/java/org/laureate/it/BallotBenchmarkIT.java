package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.platform.BlindRsa;
import org.laureate.scoring.boundary.CredentialService;
import org.laureate.scoring.boundary.PetitionKeys;

/**
 * The secret ballot at scale: the keys of a round of 1,000 petitions, the issuance of every credential to 50 members
 * (the server's time per member), and casting through the real endpoint ({@code POST /api/scoring/ballots}, without a
 * session) by 1, 8 and 16 members at once, with the median and 99th percentile of a cast and the count of casts that
 * did not count (there must be none). Runs only when asked for:
 * {@code mvn -B verify -Dbenchmark=true -Dit.test=BallotBenchmarkIT -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false}; the figures are printed in the build's output. The environment's
 * {@code BENCH_PETITIONS} sets the round's size (1,000) and {@code BENCH_CASTS} the casts of each member at each level
 * (100); a member who has cast on every petition of the round re-casts from the first.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfEnvironmentVariable(named = "LAUREATE_BENCHMARK", matches = "true")
class BallotBenchmarkIT {

    private static final int PETITIONS = setting("BENCH_PETITIONS", 1_000);
    private static final int MEMBERS = 50;
    private static final int CASTS_PER_MEMBER = setting("BENCH_CASTS", 100);
    private static final int WARM_UP = 300;

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

    @Test
    void issuanceAndCasting() throws Exception {
        var seededAt = System.nanoTime();
        var cycle = fixtures.cycle(9600, PETITIONS, 3);
        var members = fixtures.seated(cycle.cycleId(), "bench", MEMBERS);
        var round = fixtures.openRound(cycle, "Нагрузка", Duration.ofDays(1));
        long seeded = millis(seededAt);

        var keysAt = System.nanoTime();
        assertThat(keys.keys(round)).hasSize(PETITIONS);
        long keysMillis = millis(keysAt);

        var issueTimes = new ArrayList<Long>();
        var wallets = new ArrayList<Map<Long, BlindClient.Credential>>();
        for (var member : members) {
            Caller.signIn(member.getUsername(), ScoringFixtures.PASSWORD);
            var offer = credentials.offer(round);
            var publicKeys = new HashMap<Long, RSAPublicKey>();
            var blinded = new HashMap<Long, BlindClient.Blinded>();
            var messages = new HashMap<Long, byte[]>();
            offer.publicKeys().forEach((petition, encoded) -> {
                publicKeys.put(petition, BlindRsa.publicKey(encoded));
                var request = BlindClient.blind(publicKeys.get(petition));
                blinded.put(petition, request);
                messages.put(petition, request.message());
            });
            var at = System.nanoTime();
            var signatures = credentials.issue(round, messages);
            issueTimes.add(millis(at));
            var wallet = new HashMap<Long, BlindClient.Credential>();
            signatures.forEach((petition, signature) -> wallet.put(petition,
                    BlindClient.finalize(publicKeys.get(petition), blinded.get(petition), signature)));
            wallets.add(wallet);
        }
        Caller.anonymous();

        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var petitions = cycle.petitions();
        var report = new StringBuilder(String.format(Locale.ROOT, "%nBallot benchmark: %d petitions, %d members"
                + " (seeded in %d ms)%n  keys of the round: %d ms (%.0f ms a key)%n  issuance, server time per member"
                + " (%d credentials): median %d ms, p99 %d ms, total %d ms%n", PETITIONS, MEMBERS, seeded, keysMillis,
                (double) keysMillis / PETITIONS, PETITIONS, percentile(issueTimes, 50), percentile(issueTimes, 99),
                issueTimes.stream().mapToLong(Long::longValue).sum()));

        Casting.cast(client, Caller.base(), round, petitions, wallets.subList(0, 1), 0, WARM_UP / 10);
        int offset = WARM_UP / 10;
        for (int concurrent : new int[] {1, 8, 16}) {
            var at = System.nanoTime();
            var outcome = Casting.cast(client, Caller.base(), round, petitions, wallets.subList(0, concurrent),
                    offset, CASTS_PER_MEMBER);
            long wall = millis(at);
            offset += CASTS_PER_MEMBER;
            var times = outcome.times();
            report.append(String.format(Locale.ROOT, "  casting, %2d members at once: %d casts in %d ms (%.0f/s),"
                    + " median %.1f ms, p99 %.1f ms, not counted %d%n", concurrent, times.size(), wall,
                    times.size() * 1000.0 / wall, percentile(times, 50) / 1e6, percentile(times, 99) / 1e6,
                    outcome.refused()));
            assertThat(outcome.refused()).as("every cast counted").isZero();
        }
        System.out.println(report);
    }

    private static int setting(String name, int otherwise) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
    }

    private static long millis(long from) {
        return (System.nanoTime() - from) / 1_000_000;
    }

    private static long percentile(List<Long> values, int percent) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
