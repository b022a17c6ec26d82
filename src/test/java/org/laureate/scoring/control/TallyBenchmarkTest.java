package org.laureate.scoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;

/**
 * The time of a round's tally at 1,000 petitions each scored by all of 50 members on the three criteria (50,000
 * ballots, scale 1–10, a third of the members harsh and a third lenient): times {@link Tally#of} after a warm-up and
 * prints its median and 95th percentile, the heap allocated by one tally and the heap in use. Runs only when asked for:
 * {@code mvn -B test -Dbenchmark=true -Dtest=TallyBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}; the figures
 * are printed in the build's output.
 */
@EnabledIfEnvironmentVariable(named = "LAUREATE_BENCHMARK", matches = "true")
class TallyBenchmarkTest {

    private static final int PETITIONS = 1_000;
    private static final int MEMBERS = 50;
    private static final int WARM_UP = 10;
    private static final int RUNS = 30;
    private static final long MEGABYTE = 1024 * 1024;

    @Test
    void aRoundOf1000PetitionsAnd50Members() {
        var random = new Random(20270115L);
        List<Long> petitionIds = new ArrayList<>();
        for (int p = 0; p < PETITIONS; p++) {
            petitionIds.add(10_000L + p);
        }
        var ballots = ballots(petitionIds, random);
        var tally = new Tally(Map.of(Criterion.ARTISTIC_MERIT, 2, Criterion.FRIENDSHIP, 1, Criterion.SIGNIFICANCE, 1),
                1, 10, RankingRule.TRIMMED_MEAN, 5);

        for (int i = 0; i < WARM_UP; i++) {
            tally.of(petitionIds, ballots);
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double[] millis = new double[RUNS];
        long allocated = 0;
        List<PetitionTally> tallies = List.of();
        for (int i = 0; i < RUNS; i++) {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long started = System.nanoTime();
            tallies = tally.of(petitionIds, ballots);
            millis[i] = (System.nanoTime() - started) / 1e6;
            allocated += threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        }
        Arrays.sort(millis);
        System.gc();
        var runtime = Runtime.getRuntime();
        long heapUsed = runtime.totalMemory() - runtime.freeMemory();

        System.out.println(String.format(Locale.ROOT, "%nTally benchmark: %d petitions × %d members = %d ballots,"
                + " %d runs after %d warm-up%n%-36s %8.1f%n%-36s %8.1f%n%-36s %8.1f%n%-36s %8d%n%-36s %8d%n",
                PETITIONS, MEMBERS, ballots.size(), RUNS, WARM_UP, "median (ms)", millis[RUNS / 2],
                "p95 (ms)", millis[(int) Math.ceil(RUNS * 0.95) - 1], "allocated per tally (MB)",
                (double) allocated / RUNS / MEGABYTE, "heap used after GC, ballots held (MB)", heapUsed / MEGABYTE,
                "heap max (MB)", runtime.maxMemory() / MEGABYTE));
        assertThat(tallies).hasSize(PETITIONS).allMatch(petition -> petition.ballots() == MEMBERS)
                .allMatch(PetitionTally::publishable);
    }

    /** Every member scores every petition, around its merit moved by the member's harshness; in a shuffled order. */
    private static List<ScoredBallot> ballots(List<Long> petitionIds, Random random) {
        double[] merit = new double[petitionIds.size()];
        for (int p = 0; p < merit.length; p++) {
            merit[p] = 3 + 5 * random.nextDouble();
        }
        int[] bias = new int[MEMBERS];
        for (int m = 0; m < MEMBERS; m++) {
            bias[m] = m % 3 - 1;
        }
        var ballots = new ArrayList<ScoredBallot>(petitionIds.size() * MEMBERS);
        for (int p = 0; p < merit.length; p++) {
            for (int m = 0; m < MEMBERS; m++) {
                ballots.add(new ScoredBallot(petitionIds.get(p), Map.of(
                        Criterion.ARTISTIC_MERIT, score(merit[p] + 2 * bias[m], random),
                        Criterion.FRIENDSHIP, score(merit[p] + 2 * bias[m], random),
                        Criterion.SIGNIFICANCE, score(merit[p] + 2 * bias[m], random))));
            }
        }
        Collections.shuffle(ballots, random);
        return ballots;
    }

    private static int score(double around, Random random) {
        return (int) Math.max(1, Math.min(10, Math.round(around + random.nextGaussian())));
    }
}
