package org.laureate.notification.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.laureate.platform.Notice;

/**
 * Sends what waits in the outbox (R6.3): right after a transaction that wrote a mail (or put one back) commits,
 * and every 30 seconds for the mails whose pause after a failed attempt is over (R6.6). Each mail is delivered in a
 * transaction of its own. One sender runs at a time (a singleton's write lock), and only once the schema has been
 * migrated.
 */
@Singleton
@DependsOn("DatabaseMigrations")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Postman {

    private static final int BATCH = 100;

    @Inject
    Outbox outbox;

    /** After the commit that wrote a mail, in the background. */
    @Asynchronous
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notice notice) {
        sendUnsent();
    }

    /** After the commit that put a given-up mail back, in the background. */
    @Asynchronous
    public void afterResend(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Resent resent) {
        sendUnsent();
    }

    /** Sends the mails that are due, oldest first. */
    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    public void sendUnsent() {
        for (long id : outbox.due(BATCH)) {
            outbox.deliver(id);
        }
    }
}
