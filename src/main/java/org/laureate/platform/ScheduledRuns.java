package org.laureate.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * R20.2 The timers that every server of a cluster runs: a task's period (its minute, its hour …) is claimed by the
 * first server to ask, through a conditional update of the task's row in {@code scheduled_run}, committed at once; the
 * others find the period taken and skip it. A server that dies after claiming loses that period only.
 */
@Stateless
@PermitAll
public class ScheduledRuns {

    /** This server, as the row names the last one that ran a task: the JVM's process id and host. */
    private static final String SERVER = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether this server is the one to run {@code task} for {@code period} (a number that grows with time). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String task, long period) {
        return em.createNativeQuery("UPDATE scheduled_run SET last_period = ?, run_by = ?, run_at = ?"
                        + " WHERE task = ? AND last_period < ?")
                .setParameter(1, period)
                .setParameter(2, SERVER)
                .setParameter(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(4, task)
                .setParameter(5, period)
                .executeUpdate() == 1;
    }
}
