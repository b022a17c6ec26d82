package org.laureate.cycle.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * R1.13 The timer that closes the calls at their closing instants, on every server: it fires at the next closing
 * instant and at least once a minute (a cycle announced on another server is seen within the minute); each firing
 * closes the due calls through {@link CycleService#closeDueCalls()}, whose conditional update lets one server win.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CallClosing {

    /** The longest wait between two firings. */
    static final Duration AT_MOST = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(CallClosing.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CycleService cycles;

    @Inject
    Clock clock;

    @PostConstruct
    void start() {
        arm(Duration.ofSeconds(5));
    }

    @Timeout
    void fire() {
        Duration wait = AT_MOST;
        try {
            cycles.closeDueCalls();
            wait = cycles.nextClosing()
                    .map(next -> Duration.between(clock.instant(), next))
                    .filter(until -> until.compareTo(AT_MOST) < 0)
                    .map(until -> until.isNegative() ? Duration.ZERO : until)
                    .orElse(AT_MOST);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing the calls that are due failed; trying again in a minute", e);
        } finally {
            arm(wait);
        }
    }

    private void arm(Duration wait) {
        timers.createSingleActionTimer(Math.max(wait.toMillis(), 100), new TimerConfig(null, false));
    }
}
