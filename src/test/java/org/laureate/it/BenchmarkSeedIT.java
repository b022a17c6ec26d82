package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.council.boundary.CouncilService;
import org.laureate.cycle.entity.ArtField;
import org.laureate.decision.boundary.LaureatesAwarded;
import org.laureate.decision.boundary.LaureatesAwarded.AwardedAuthor;
import org.laureate.decision.boundary.LaureatesAwarded.AwardedWork;
import org.laureate.demo.DemoData;
import org.laureate.platform.Country;
import org.laureate.publication.boundary.LaureateFilter;
import org.laureate.publication.boundary.LaureateService;
import org.laureate.scoring.boundary.CredentialService;
import org.laureate.scoring.boundary.PetitionKeys;
import org.laureate.scoring.boundary.RoundService;
import org.laureate.security.entity.Account;

/**
 * The data of the benchmark suite ({@code src/test/bench/run.sh}): a large cycle of 1,000 admitted petitions with
 * their materials' links and a council of 50 members, an archive of 10,000 published laureates in ten cycles and a
 * latest cycle with three, as the laureates' page shows them, all recorded from the Supreme State Council's event and
 * published through {@link LaureateService}. The large cycle has a closed round in which every member has cast a ballot
 * on every petition through the casting endpoint (50,000 ballots, for the results page), and an open round whose
 * members hold every credential, written as the bodies of their casts to {@code ballots.txt} (one a line, for wrk);
 * the two rounds' ids go to {@code seed.env}, in the folder {@code LAUREATE_BENCH_OUT}. Sixteen secretariat's accounts
 * ({@link ScoringFixtures#secretary}) read the results page, each in a session of its own. The fixtures' cycles lie far
 * in the future (9001–9025; their calls are moved far back), apart from every real one. The database is left as it
 * is for the server that the suite starts on it. Runs only when asked for ({@code -Dbenchmark=true}).
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfEnvironmentVariable(named = "LAUREATE_BENCHMARK", matches = "true")
class BenchmarkSeedIT {

    static final int PETITIONS = 1_000;
    static final int MEMBERS = 50;
    /** Secretariat's accounts {@code bench-secretary-1}…, one for each reader of the results page at once. */
    static final int SECRETARIES = 16;
    static final int ARCHIVE_CYCLES = 10;
    static final int LAUREATES_PER_CYCLE = 1_000;
    static final int CURRENT_LAUREATES = 3;
    private static final int FIRST_YEAR = 9001;

    private static final String[] WORDS = {"Песни", "военных", "лет", "Хатынь", "мемориал", "память", "подвиг",
        "Беларусь", "Русь", "речка", "калина", "симфония", "опера", "балет", "выставка", "фильм", "дружба", "братство"};
    private static final String[] NAMES = {"Иван Мисько", "Анна Кульбакова", "Виталий Подлеснов", "Любовь Бабенко",
        "Надежда Малышева", "Владимир Зернов", "Ирина Скробот", "Сергей Храмой", "Юрий Петкевич", "Нина Орехова"};

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    ScoringFixtures fixtures;

    @Inject
    CouncilService council;

    @Inject
    Awarder awarder;

    @Inject
    LaureateService laureates;

    @Inject
    PetitionKeys keys;

    @Inject
    CredentialService credentials;

    @Inject
    RoundService rounds;

    @Test
    void seedsTheBenchmarksData() throws Exception {
        long started = System.nanoTime();
        var large = fixtures.cycle(FIRST_YEAR + 2 * ARCHIVE_CYCLES + 4, PETITIONS, 3);
        Caller.signIn("admin", DemoData.PASSWORD);
        var members = new ArrayList<Account>();
        for (int i = 0; i < MEMBERS; i++) {
            var member = fixtures.expert("bench-member-" + i, false);
            council.appoint(large.cycleId(), member.getId(), false, i % 2 == 0 ? Country.BY : Country.RU, null);
            members.add(member);
        }
        for (int i = 1; i <= SECRETARIES; i++) {
            fixtures.secretary("bench-secretary-" + i);
        }
        long resultsRound = closedRound(large, members);
        long castingRound = castingRound(large, members);
        Caller.signIn("admin", DemoData.PASSWORD);
        for (int c = 0; c <= ARCHIVE_CYCLES; c++) {
            int firstYear = FIRST_YEAR + 2 * c;
            int count = c < ARCHIVE_CYCLES ? LAUREATES_PER_CYCLE : CURRENT_LAUREATES;
            var seeded = fixtures.cycle(firstYear, count, 3);
            var works = new ArrayList<AwardedWork>();
            for (int i = 0; i < count; i++) {
                var title = WORDS[(i + c) % WORDS.length] + " " + WORDS[(i * 7 + c) % WORDS.length] + " " + i;
                var authors = List.of(new AwardedAuthor(NAMES[i % NAMES.length] + " " + i, null, Country.BY),
                        new AwardedAuthor(NAMES[(i + 3) % NAMES.length], null, Country.RU));
                works.add(new AwardedWork(seeded.petitions().get(i), title,
                        ArtField.values()[i % ArtField.values().length], authors));
            }
            var name = firstYear + "–" + (firstYear + 1);
            awarder.award(new LaureatesAwarded(seeded.cycleId(), name, String.valueOf(100 + c),
                    LocalDate.of(firstYear + 1, 12, 20), works));
            laureates.publish(seeded.cycleId());
        }
        Caller.anonymous();
        assertThat(laureates.count(LaureateFilter.ANY)).isGreaterThanOrEqualTo(ARCHIVE_CYCLES * LAUREATES_PER_CYCLE);
        Files.writeString(out().resolve("seed.env"), "RESULTS_ROUND=" + resultsRound + "\nCASTING_ROUND="
                + castingRound + "\n");
        System.out.printf("%nBenchmark data seeded in %d s: results of round %d, casting in round %d%n",
                (System.nanoTime() - started) / 1_000_000_000, resultsRound, castingRound);
    }

    /** A round of the large cycle in which every member casts on every petition at once, then closed. */
    private long closedRound(ScoringFixtures.Seeded large, List<Account> members) throws Exception {
        long round = fixtures.openRound(large, "Результаты", Duration.ofDays(1));
        assertThat(keys.keys(round)).hasSize(PETITIONS);
        var wallets = wallets(round, members);
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var cast = Casting.cast(client, Caller.base(), round, large.petitions(), wallets, 0, PETITIONS);
        assertThat(cast.refused()).as("every ballot counted").isZero();
        Caller.signIn("admin", DemoData.PASSWORD);
        rounds.close(round);
        return round;
    }

    /**
     * A second round of the large cycle, open, whose members hold every credential: the bodies of their casts go to
     * {@code ballots.txt}, petition by petition, every member's in turn, so that no two casts in flight at once spend
     * one credential.
     */
    private long castingRound(ScoringFixtures.Seeded large, List<Account> members) throws Exception {
        long round = fixtures.openRound(large, "Подача", Duration.ofDays(30));
        assertThat(keys.keys(round)).hasSize(PETITIONS);
        var wallets = wallets(round, members);
        var bodies = new ArrayList<String>();
        for (long petition : large.petitions()) {
            for (int m = 0; m < members.size(); m++) {
                bodies.add(Casting.body(round, petition, m, wallets.get(m).get(petition)));
            }
        }
        Files.write(out().resolve("ballots.txt"), bodies);
        return round;
    }

    /** Every member's credentials of the round by petition, obtained as their browsers obtain them. */
    private List<Map<Long, BlindClient.Credential>> wallets(long round, List<Account> members) {
        return Wallet.obtainEach(credentials, round, members).stream().map(Wallet::all).toList();
    }

    private static Path out() throws IOException {
        return Files.createDirectories(Path.of(System.getenv().getOrDefault("LAUREATE_BENCH_OUT", "target/bench")));
    }
}
