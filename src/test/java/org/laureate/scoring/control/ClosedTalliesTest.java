package org.laureate.scoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class ClosedTalliesTest {

    private final ClosedTallies tallies = new ClosedTallies();
    private final AtomicInteger computed = new AtomicInteger();

    private List<PetitionTally> tally() {
        computed.incrementAndGet();
        return List.of(new PetitionTally(7, 3, true, 8.0, 8.0, 8.0, 0.5, 1, false,
                List.of(0, 0, 0, 0, 0, 0, 0, 3, 0, 0)));
    }

    private final AtomicInteger counted = new AtomicInteger();

    private LongSupplier ballots(long count) {
        return () -> {
            counted.incrementAndGet();
            return count;
        };
    }

    @Test
    void r9_20_aClosedRoundIsTalliedOnceUntilItsBallotsOrTheCyclesKChange() {
        var first = tallies.of(1, 3, false, ballots(50), this::tally);
        assertThat(tallies.of(1, 3, false, ballots(50), this::tally)).isSameAs(first);
        assertThat(computed).hasValue(1);

        tallies.of(1, 4, false, ballots(50), this::tally);
        tallies.of(1, 4, false, ballots(51), this::tally);
        tallies.of(2, 4, false, ballots(51), this::tally);
        assertThat(computed).as("another k, another count of ballots, another round").hasValue(4);
    }

    @Test
    void r9_20_aRoundIsCountedAtEachReadingUntilItHasSettledThenNeverAgain() {
        tallies.of(1, 3, false, ballots(50), this::tally);
        tallies.of(1, 3, false, ballots(50), this::tally);
        assertThat(counted).as("counted at each reading while ballots may still arrive").hasValue(2);

        var late = tallies.of(1, 3, true, ballots(51), this::tally);
        assertThat(computed).as("a ballot that arrived before the round settled is tallied").hasValue(2);
        assertThat(tallies.of(1, 3, true, ballots(52), this::tally)).isSameAs(late);
        assertThat(tallies.of(1, 3, false, ballots(53), this::tally)).isSameAs(late);
        assertThat(counted).as("a settled round is not counted again").hasValue(3);
        assertThat(computed).hasValue(2);
    }

    @Test
    void r9_20_aRoundThatSettlesWithTheSameBallotsKeepsItsTally() {
        var first = tallies.of(1, 3, false, ballots(50), this::tally);
        assertThat(tallies.of(1, 3, true, ballots(50), this::tally)).isSameAs(first);
        tallies.of(1, 3, true, ballots(50), this::tally);
        assertThat(computed).hasValue(1);
        assertThat(counted).hasValue(2);
    }

    @Test
    void r9_20_readersAskingAtOnceShareOneTally() throws Exception {
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var readers = new ArrayList<Future<List<PetitionTally>>>();
            readers.add(pool.submit(() -> tallies.of(1, 3, false, ballots(50), () -> {
                started.countDown();
                await(release);
                return tally();
            })));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 7; i++) {
                readers.add(pool.submit(() -> tallies.of(1, 3, false, ballots(50), this::tally)));
            }
            release.countDown();
            for (var reader : readers) {
                assertThat(reader.get(10, TimeUnit.SECONDS)).hasSize(1);
            }
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theStoreKeepsAtMostItsLimitOfRounds() {
        for (long round = 0; round <= ClosedTallies.LIMIT; round++) {
            tallies.of(round, 3, true, ballots(50), this::tally);
        }
        tallies.of(0, 3, true, ballots(50), this::tally);
        assertThat(computed).as("the first round was let go when the limit was passed")
                .hasValue(ClosedTallies.LIMIT + 2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
