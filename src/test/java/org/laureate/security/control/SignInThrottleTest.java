package org.laureate.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.laureate.security.entity.FailedSignIns;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class Hand extends Clock {

        private Instant now = Instant.parse("2026-12-01T03:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final Hand clock = new Hand();
    private final SignInThrottle throttle = new SignInThrottle(clock);
    private final FailedSignIns name = new FailedSignIns(FailedSignIns.ofAccount("admin"));

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(name, SignInThrottle.ACCOUNT);
        }
    }

    @Test
    void r3_14_fiveFailuresAreFreeThenEachWaitDoubles() {
        fail(5);
        assertThat(throttle.waitFor(name)).isZero();

        fail(1);
        assertThat(throttle.waitFor(name)).isEqualTo(Duration.ofSeconds(5));
        clock.pass(Duration.ofSeconds(4));
        assertThat(throttle.waitFor(name)).isEqualTo(Duration.ofSeconds(1));
        clock.pass(Duration.ofSeconds(1));
        assertThat(throttle.waitFor(name)).as("the wait is over").isZero();
        fail(1);
        assertThat(throttle.waitFor(name)).isEqualTo(Duration.ofSeconds(10));
        clock.pass(Duration.ofSeconds(10));
        fail(1);
        assertThat(throttle.waitFor(name)).isEqualTo(Duration.ofSeconds(20));
        clock.pass(Duration.ofSeconds(20));
        fail(1);
        assertThat(throttle.waitFor(name)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void r3_14_theTenthFailureLocksForAQuarterOfAnHourAndTheLockEndsByItself() {
        fail(9);
        clock.pass(Duration.ofSeconds(40));
        assertThat(throttle.failed(name, SignInThrottle.ACCOUNT)).as("the lock begins").isTrue();
        assertThat(throttle.waitFor(name)).isEqualTo(Duration.ofMinutes(15));

        clock.pass(Duration.ofMinutes(14));
        assertThat(throttle.waitFor(name)).as("still locked").isEqualTo(Duration.ofMinutes(1));
        clock.pass(Duration.ofMinutes(1));
        assertThat(throttle.waitFor(name)).as("the lock has ended by itself").isZero();

        assertThat(throttle.failed(name, SignInThrottle.ACCOUNT)).isFalse();
        assertThat(name.getFailures()).as("after a lock the count starts afresh").isEqualTo(1);
        assertThat(throttle.waitFor(name)).isZero();
    }

    @Test
    void r3_14_aSuccessEndsTheRowAndAnOldRowIsForgotten() {
        fail(7);
        throttle.succeeded(name);
        assertThat(throttle.waitFor(name)).isZero();
        assertThat(name.getFailures()).isZero();

        fail(5);
        clock.pass(SignInThrottle.FORGET_AFTER.plusSeconds(1));
        fail(1);
        assertThat(name.getFailures()).isEqualTo(1);
        assertThat(throttle.waitFor(name)).isZero();
    }

    @Test
    void r3_14_theLongestWaitOfNameAndAddressCountsAndAnAddressAllowsMore() {
        var address = new FailedSignIns(FailedSignIns.ofAddress("192.0.2.1"));
        for (int i = 0; i < SignInThrottle.ADDRESS.free(); i++) {
            throttle.failed(address, SignInThrottle.ADDRESS);
        }
        assertThat(throttle.waitFor(address)).isZero();
        throttle.failed(address, SignInThrottle.ADDRESS);
        assertThat(throttle.waitFor(name, address)).isEqualTo(Duration.ofSeconds(5));

        assertThat(SignInThrottle.delay(SignInThrottle.ADDRESS.lockAt() - 1, SignInThrottle.ADDRESS))
                .as("no wait before the lock is longer than a minute").isEqualTo(Duration.ofMinutes(1));
        assertThat(SignInThrottle.delay(SignInThrottle.ADDRESS.lockAt(), SignInThrottle.ADDRESS))
                .isEqualTo(Duration.ofMinutes(15));
    }
}
