package org.laureate.it;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fixture allocator of the integration tests: each call hands out the first year of a cycle that no other test of
 * the run has, so that every test seeds a cycle of its own whatever the order of the classes. It lives in the server,
 * which serves the whole run; tests that run as clients get their cycles through a servlet of the test deployment.
 * Four years apart, so that a cycle's calendar (the call opens in the year before the first) never meets another's.
 */
final class CycleYears {

    private static final AtomicInteger NEXT = new AtomicInteger(9000);

    /** How far back {@link #longAgo} moves a cycle: years 1000 and on, which no other test uses. */
    static final int YEARS_BACK = 8000;

    private CycleYears() {
    }

    static int next() {
        return NEXT.getAndAdd(4);
    }

    /**
     * The cycle of the same allocation {@value #YEARS_BACK} years back: its call closed long before the present and
     * before any cycle other tests read, so it never becomes the current cycle, and its rounds open at the real time
     * without moving a row.
     */
    static int longAgo(int firstYear) {
        return firstYear - YEARS_BACK;
    }
}
