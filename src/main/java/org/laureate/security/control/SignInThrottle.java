package org.laureate.security.control;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import org.laureate.security.entity.FailedSignIns;

/**
 * R3.14 How failed sign-ins slow the next attempt, of one account name and of one client address alike: a few
 * failures in a row are free, each further one makes the next attempt wait twice as long (5 s, 10 s, 20 s … at most
 * a minute), and the {@link Limits#lockAt}-th locks for {@link Limits#lock}. An attempt made while waiting is refused
 * unchecked and not counted, so it neither lengthens the wait nor reveals the password. A lock ends by itself, after
 * which the count starts afresh, and so does a count whose last failure is older than {@link #FORGET_AFTER}: nobody
 * can lock a holder out for longer than a lock at a time. Only failures count; a success ends the account's row.
 */
public final class SignInThrottle {

    /** The failures free of delay, the failure that locks, and how long the lock lasts. */
    public record Limits(int free, int lockAt, Duration lock) {

        public Limits {
            if (free < 0 || lockAt <= free || lock.isNegative()) {
                throw new IllegalArgumentException("limits");
            }
        }
    }

    /** Of one account name: typed by its holder, a few mistakes. */
    public static final Limits ACCOUNT = new Limits(5, 10, Duration.ofMinutes(15));

    /** Of one client address, which many people may share (an office behind one address). */
    public static final Limits ADDRESS = new Limits(100, 150, Duration.ofMinutes(15));

    /** The first wait, after the last free failure. */
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);

    /** The longest wait between two attempts before the lock. */
    static final Duration LONGEST_DELAY = Duration.ofMinutes(1);

    /** A row of failures is forgotten when its last failure is this old. */
    public static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final Clock clock;

    public SignInThrottle(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    /** How long the next attempt must wait for the longest of these rows; zero when it is checked now. */
    public Duration waitFor(FailedSignIns... rows) {
        var now = clock.instant();
        return Arrays.stream(rows)
                .flatMap(row -> row.getBlockedUntil().stream())
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until))
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    /** Counts a failure now; true when it begins a lock. */
    public boolean failed(FailedSignIns row, Limits limits) {
        var now = clock.instant();
        var afresh = row.getLastFailureAt().map(last -> last.isBefore(now.minus(FORGET_AFTER))).orElse(true)
                || row.getFailures() >= limits.lockAt()
                        && row.getBlockedUntil().map(until -> !until.isAfter(now)).orElse(true);
        var count = afresh ? 1 : row.getFailures() + 1;
        var delay = delay(count, limits);
        row.fail(now, afresh, delay.isZero() ? null : now.plus(delay));
        return count == limits.lockAt();
    }

    /** A sign-in succeeded: the account's row of failures ends (an address's never does: it counts failures only). */
    public void succeeded(FailedSignIns accountRow) {
        accountRow.clear();
    }

    /** The wait after the {@code count}-th failure in a row. */
    static Duration delay(int count, Limits limits) {
        if (count <= limits.free()) {
            return Duration.ZERO;
        }
        if (count >= limits.lockAt()) {
            return limits.lock();
        }
        var doubled = FIRST_DELAY.multipliedBy(1L << Math.min(count - limits.free() - 1, 20));
        return doubled.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : doubled;
    }
}
