package org.laureate.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test deployments only: the server's clock, which a test sets for what it does and puts back afterwards, so that a
 * rule that depends on the time (a round's window, a call's closing) is tested by moving the time, not the rows.
 * It replaces the application's {@code ClockProducer}; until a test sets it, it is the system's clock in UTC.
 *
 * <pre>{@code
 * try (var ignored = clock.at(round.getClosesAt().plusSeconds(1))) {
 *     ... // the round has closed
 * }
 * }</pre>
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class TestClock {

    /** The clock the server reads now; one for the deployment, as the bean is. */
    private static final AtomicReference<Clock> CURRENT = new AtomicReference<>(Clock.systemUTC());

    @Produces
    Clock clock() {
        return new Settable();
    }

    /** Moves the server's time to {@code instant}, from where it runs on; closing the result puts the system's back. */
    public Setting at(Instant instant) {
        CURRENT.set(Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), instant)));
        return this::reset;
    }

    /** Puts the system's clock back. */
    public void reset() {
        CURRENT.set(Clock.systemUTC());
    }

    /** A setting of the clock, undone when closed. */
    @FunctionalInterface
    public interface Setting extends AutoCloseable {

        @Override
        void close();
    }

    /** The server's clock as the test has set it; serializable, as a clock kept by a page's state must be. */
    private static final class Settable extends Clock implements Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return CURRENT.get().withZone(zone);
        }

        @Override
        public Instant instant() {
            return CURRENT.get().instant();
        }
    }
}
