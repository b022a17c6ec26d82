package org.laureate.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Writes what concurrent callers hand in together, as a database's group commit does: while one batch is being
 * written, the items handed in meanwhile wait; the next caller to write takes every waiting item (up to a limit) in one
 * call of the writer, one transaction for many callers. Each caller returns with its own item's outcome once the batch
 * that held it is written, never before. When a batch fails as a whole, each of its items is written alone, so that
 * one item's fault is its own and the others are not lost.
 *
 * <p>A caller whose item waits sleeps until the batch that holds it is written, or until it is its turn to write: a
 * caller that has written a batch gives the turn to the first item still waiting. The callers of a batch so wake
 * together once it is written, not one after the other through the writers' lock, and the next batch is written as
 * soon as the last one is. (Two batches written at once made smaller batches and cost more processor time per item.)
 *
 * @param <T> what is handed in
 * @param <R> the outcome of one item; the writer answers one per item, in the order of the items it was given
 */
public final class GroupCommit<T, R> {

    private final Function<List<T>, List<R>> writer;
    private final int limit;
    private final Queue<Waiting<T, R>> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    /** An item, its outcome once written, and its caller's turn to write the waiting items. */
    private record Waiting<T, R>(T item, CompletableFuture<R> outcome, CompletableFuture<Void> turn) {
    }

    /** Batches of at most {@code limit} items, each written by one call of {@code writer}. */
    public GroupCommit(Function<List<T>, List<R>> writer, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        this.writer = Objects.requireNonNull(writer);
        this.limit = limit;
    }

    /** Hands in an item and returns its outcome once it is written, or throws what writing it alone threw. */
    public R submit(T item) {
        var entry = new Waiting<T, R>(Objects.requireNonNull(item), new CompletableFuture<>(),
                new CompletableFuture<>());
        waiting.add(entry);
        while (!entry.outcome().isDone()) {
            if (entry.turn().isDone()) {
                writing.lock();
            } else if (!writing.tryLock()) {
                // written by the caller writing now, or given the turn by it
                CompletableFuture.anyOf(entry.outcome(), entry.turn()).exceptionally(failed -> null).join();
                continue;
            }
            try {
                if (!entry.outcome().isDone()) {
                    writeWaiting();
                }
            } finally {
                writing.unlock();
                // the callers of items handed in while the lock was held sleep: the first of them writes next
                var next = waiting.peek();
                if (next != null) {
                    next.turn().complete(null);
                }
            }
        }
        try {
            return entry.outcome().join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** How many items wait for the batch being written. */
    public int waiting() {
        return waiting.size();
    }

    private void writeWaiting() {
        var batch = new ArrayList<Waiting<T, R>>();
        for (Waiting<T, R> next; batch.size() < limit && (next = waiting.poll()) != null;) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            write(batch);
        } finally {
            // an item the writer left unanswered (it threw an Error) is not left waiting; the exception is made only
            // then: made for every batch, its stack trace cost a fiftieth of a cast's processor time
            for (var entry : batch) {
                if (!entry.outcome().isDone()) {
                    entry.outcome().completeExceptionally(new IllegalStateException("not written"));
                }
            }
        }
    }

    private void write(List<Waiting<T, R>> batch) {
        List<R> outcomes;
        try {
            outcomes = writer.apply(batch.stream().map(Waiting::item).toList());
        } catch (RuntimeException batchFailed) {
            if (batch.size() == 1) {
                batch.get(0).outcome().completeExceptionally(batchFailed);
                return;
            }
            for (var one : batch) {
                try {
                    complete(List.of(one), writer.apply(List.of(one.item())));
                } catch (RuntimeException failed) {
                    one.outcome().completeExceptionally(failed);
                }
            }
            return;
        }
        complete(batch, outcomes);
    }

    private void complete(List<Waiting<T, R>> batch, List<R> outcomes) {
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes.size() == batch.size()) {
                batch.get(i).outcome().complete(outcomes.get(i));
            } else {
                batch.get(i).outcome().completeExceptionally(new IllegalStateException(
                        outcomes.size() + " outcomes for " + batch.size() + " items"));
            }
        }
    }
}
