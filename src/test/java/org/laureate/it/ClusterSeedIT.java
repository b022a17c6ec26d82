package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.cycle.entity.ArtField;
import org.laureate.decision.boundary.LaureatesAwarded;
import org.laureate.decision.boundary.LaureatesAwarded.AwardedAuthor;
import org.laureate.decision.boundary.LaureatesAwarded.AwardedWork;
import org.laureate.demo.DemoData;
import org.laureate.platform.Country;
import org.laureate.scoring.boundary.CredentialService;
import org.laureate.scoring.boundary.PetitionKeys;

/**
 * The data of the cluster's failover test ({@code src/test/cluster/run.sh}, {@link ClusterFailoverIT}), seeded on the
 * database that the cluster then runs on: the demo data, an open scoring round of {@value #PETITIONS} petitions whose
 * {@value #MEMBERS} members have been issued every credential (each credential is one ballot to cast), and a cycle
 * whose laureates are recorded but not yet published, for the secretariat to publish through one server. The
 * credentials, the round and the cycle are written to {@code seed.json} in the folder {@code LAUREATE_CLUSTER_OUT}.
 * Runs only when asked for ({@code -Dcluster=true}).
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfEnvironmentVariable(named = "LAUREATE_CLUSTER", matches = "true")
class ClusterSeedIT {

    static final int PETITIONS = 20;
    static final int MEMBERS = 10;

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
    Awarder awarder;

    @Test
    void seedsTheClustersData() throws Exception {
        var cycle = fixtures.cycle(CycleYears.next(), PETITIONS, 3);
        var members = fixtures.seated(cycle.cycleId(), "cluster", MEMBERS);
        var round = fixtures.openRound(cycle, "Кластер", Duration.ofDays(2));
        assertThat(keys.keys(round)).hasSize(PETITIONS);
        var wallet = Wallet.exported(credentials, round, members);

        Caller.signIn("admin", DemoData.PASSWORD);
        int firstYear = CycleYears.next();
        var recorded = fixtures.cycle(firstYear, 1, 3);
        var name = firstYear + "–" + (firstYear + 1);
        var title = "Кластерная симфония " + firstYear;
        awarder.award(new LaureatesAwarded(recorded.cycleId(), name, "C-" + firstYear, LocalDate.now().minusDays(1),
                List.of(new AwardedWork(recorded.petition(0), title, ArtField.MUSIC,
                        List.of(new AwardedAuthor("Автор Кластеров", null, Country.BY))))));
        Caller.anonymous();

        var seed = new LinkedHashMap<String, Object>();
        seed.put("round", round);
        seed.put("credentials", wallet);
        seed.put("unpublishedCycle", name);
        seed.put("unpublishedTitle", title);
        var out = Path.of(System.getenv().getOrDefault("LAUREATE_CLUSTER_OUT", "target/cluster"));
        Files.createDirectories(out);
        new ObjectMapper().writeValue(out.resolve("seed.json").toFile(), seed);
        assertThat(wallet).hasSize(PETITIONS * MEMBERS);
        System.out.printf("%nCluster data seeded: round %d, %d credentials, %s recorded, in %s%n", round,
                wallet.size(), name, out.toAbsolutePath());
    }
}
