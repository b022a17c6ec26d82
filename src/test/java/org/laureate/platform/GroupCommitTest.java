package org.laureate.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ExecutorService callers;

    /** The batches the writer was given, in order; a batch that threw is not among them. */
    private final List<List<Integer>> written = Collections.synchronizedList(new ArrayList<>());

    private final CountDownLatch firstBatchHeld = new CountDownLatch(1);

    private final CountDownLatch releaseFirstBatch = new CountDownLatch(1);

    @BeforeEach
    void callers() {
        callers = Executors.newFixedThreadPool(16);
    }

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void r9_27_itemsHandedInWhileABatchIsWrittenAreWrittenTogetherAndEachCallerGetsItsOwnOutcome() throws Exception {
        var commit = new GroupCommit<Integer, Integer>(holdingTheFirstBatch(batch -> tenTimes(batch)), 64);
        var first = callers.submit(() -> commit.submit(0));
        await(firstBatchHeld);
        var others = handIn(commit, IntStream.rangeClosed(1, 15));
        awaitWaiting(commit, 15);
        releaseFirstBatch.countDown();

        assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isZero();
        for (int i = 0; i < others.size(); i++) {
            assertThat(others.get(i).get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo((i + 1) * 10);
        }
        assertThat(written).hasSize(2);
        assertThat(written.get(1)).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 15).boxed().toList());
    }

    @Test
    void r9_27_noBatchIsLargerThanTheLimit() throws Exception {
        var commit = new GroupCommit<Integer, Integer>(holdingTheFirstBatch(batch -> tenTimes(batch)), 4);
        var first = callers.submit(() -> commit.submit(0));
        await(firstBatchHeld);
        var others = handIn(commit, IntStream.rangeClosed(1, 10));
        awaitWaiting(commit, 10);
        releaseFirstBatch.countDown();

        first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        for (var other : others) {
            other.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        assertThat(written).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(4));
        assertThat(written.stream().mapToInt(List::size).sum()).isEqualTo(11);
    }

    @Test
    void r9_27_whenABatchFailsEachItemIsWrittenAloneAndOnlyTheFaultyOneFails() throws Exception {
        Function<List<Integer>, List<Integer>> refusingSeven = batch -> {
            if (batch.contains(7)) {
                throw new IllegalArgumentException("seven");
            }
            return tenTimes(batch);
        };
        var commit = new GroupCommit<Integer, Integer>(holdingTheFirstBatch(refusingSeven), 64);
        var first = callers.submit(() -> commit.submit(0));
        await(firstBatchHeld);
        var others = handIn(commit, IntStream.rangeClosed(1, 9));
        awaitWaiting(commit, 9);
        releaseFirstBatch.countDown();

        first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        for (int i = 1; i <= 9; i++) {
            var outcome = others.get(i - 1);
            if (i == 7) {
                assertThatThrownBy(() -> outcome.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                        .hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("seven");
            } else {
                assertThat(outcome.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(i * 10);
            }
        }
        var writtenOnce = written.stream().flatMap(List::stream).toList();
        assertThat(writtenOnce).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 8, 9);
    }

    @Test
    void r9_27_whenTheWriterFailsWithAnErrorNoCallerIsLeftWaiting() throws Exception {
        Function<List<Integer>, List<Integer>> breaking = batch -> {
            throw new AssertionError("broken");
        };
        var commit = new GroupCommit<Integer, Integer>(holdingTheFirstBatch(breaking), 64);
        var first = callers.submit(() -> commit.submit(0));
        await(firstBatchHeld);
        var others = handIn(commit, IntStream.rangeClosed(1, 3));
        awaitWaiting(commit, 3);
        releaseFirstBatch.countDown();

        assertThatThrownBy(() -> first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .hasCauseInstanceOf(AssertionError.class);
        // the three wait together: the caller that writes their batch meets the Error, the other two are told
        var causes = new ArrayList<String>();
        for (var other : others) {
            assertThatThrownBy(() -> other.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                    .isInstanceOfSatisfying(ExecutionException.class, failed -> causes.add(
                            failed.getCause().getClass().getSimpleName() + ": " + failed.getCause().getMessage()));
        }
        assertThat(causes).containsExactlyInAnyOrder("AssertionError: broken",
                "IllegalStateException: not written", "IllegalStateException: not written");
        assertThat(written).isEmpty();
    }

    @Test
    void r9_27_manyCallersAtOnceEachGetTheirOwnOutcomeAndEveryItemIsWrittenOnceOneBatchAtATime() throws Exception {
        var writing = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        var commit = new GroupCommit<Integer, Integer>(batch -> {
            mostAtOnce.accumulateAndGet(writing.incrementAndGet(), Math::max);
            var outcomes = tenTimes(batch);
            written.add(List.copyOf(batch));
            writing.decrementAndGet();
            return outcomes;
        }, 8);
        var callersDone = new ArrayList<Future<List<Integer>>>();
        for (int caller = 0; caller < 16; caller++) {
            var first = caller * 1_000;
            callersDone.add(callers.submit(() -> IntStream.range(first, first + 1_000)
                    .mapToObj(item -> commit.submit(item) - 10 * item)
                    .filter(difference -> difference != 0)
                    .toList()));
        }
        for (var done : callersDone) {
            assertThat(done.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("outcomes not the caller's own").isEmpty();
        }
        assertThat(written.stream().flatMap(List::stream).sorted().toList())
                .isEqualTo(IntStream.range(0, 16_000).boxed().toList());
        assertThat(written).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(8));
        assertThat(mostAtOnce).as("batches written at once").hasValue(1);
        assertThat(commit.waiting()).isZero();
    }

    @Test
    void r9_27_aCallerAloneIsWrittenAtOnce() {
        var commit = new GroupCommit<Integer, Integer>(GroupCommitTest::tenTimes, 64);
        assertThat(commit.submit(4)).isEqualTo(40);
        assertThatThrownBy(() -> new GroupCommit<Integer, Integer>(GroupCommitTest::tenTimes, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The writer, recording each batch it wrote; its first call waits until the test releases it. */
    private Function<List<Integer>, List<Integer>> holdingTheFirstBatch(Function<List<Integer>, List<Integer>> writer) {
        return batch -> {
            if (firstBatchHeld.getCount() > 0) {
                firstBatchHeld.countDown();
                await(releaseFirstBatch);
            }
            var outcomes = writer.apply(batch);
            written.add(List.copyOf(batch));
            return outcomes;
        };
    }

    private List<Future<Integer>> handIn(GroupCommit<Integer, Integer> commit, IntStream items) {
        return items.mapToObj(item -> callers.submit(() -> commit.submit(item))).toList();
    }

    private static void awaitWaiting(GroupCommit<?, ?> commit, int count) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (commit.waiting() < count) {
            assertThat(System.nanoTime()).as("%d items waiting", count).isLessThan(deadline);
            Thread.yield();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> tenTimes(List<Integer> batch) {
        return batch.stream().map(item -> item * 10).toList();
    }
}
