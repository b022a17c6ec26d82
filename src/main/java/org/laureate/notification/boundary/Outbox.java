package org.laureate.notification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laureate.notification.control.MailServer;
import org.laureate.notification.control.MailTemplates;
import org.laureate.notification.control.SmtpSettings;
import org.laureate.notification.entity.OutboxMail;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Notice;
import org.laureate.platform.StateChange;

/** The way in to the outbox: writes the mail of every notice, and delivers the mails one at a time. */
@Stateless
@PermitAll
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final String SUBJECT = "OutboxMail";
    private static final String CLAIM = "SELECT id FROM outbox_mail WHERE id = ? AND sent_at IS NULL"
            + " AND given_up_at IS NULL FOR UPDATE SKIP LOCKED";

    @Inject
    Event<StateChange> changes;

    @Inject
    Event<Resent> resent;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = SmtpSettings.HOST)
    Optional<String> host;

    @Inject
    @ConfigProperty(name = SmtpSettings.PORT, defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = SmtpSettings.FROM, defaultValue = "laureate@localhost")
    String from;

    @Inject
    @ConfigProperty(name = SmtpSettings.USER)
    Optional<String> user;

    @Inject
    @ConfigProperty(name = SmtpSettings.PASSWORD)
    Optional<String> password;

    @Inject
    @ConfigProperty(name = SmtpSettings.STARTTLS, defaultValue = "false")
    boolean startTls;

    private final MailTemplates templates = new MailTemplates();
    private MailServer server;

    @PostConstruct
    void connect() {
        server = new MailServer(new SmtpSettings(host, port, from, user, password, startTls));
    }

    /** R6.1 Writes the mail of a notice in the transaction that fired it; R6.2 in the recipient's language. */
    public void write(@Observes Notice notice) {
        em.persist(templates.write(notice, clock.instant()));
    }

    /**
     * R6.6 The mails due now, oldest first, at most {@code max}: not sent, not given up, and whose pause after a failed
     * attempt is over, so that mails that keep failing never hold back the others.
     */
    public List<Long> due(int max) {
        return em.createNamedQuery(OutboxMail.FIND_DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(max)
                .getResultList();
    }

    /** R6.7 The mails given up, the latest first: the secretariat sees them and may send each again. */
    @RolesAllowed("ADMIN")
    public List<OutboxMail> givenUp() {
        return em.createNamedQuery(OutboxMail.FIND_GIVEN_UP, OutboxMail.class).getResultList();
    }

    /** R6.7 Puts a given-up mail back in the outbox (audited); it is sent right after the commit. */
    @RolesAllowed("ADMIN")
    public void resend(long id) {
        var mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isGivenUp()) {
            throw new BusinessException("general.error.notFound");
        }
        mail.resend();
        changes.fire(new StateChange(SUBJECT, String.valueOf(id), "resend", "given up", "waiting"));
        resent.fire(new Resent(id));
    }

    /** A given-up mail put back in the outbox, for the postman to send it after the commit. */
    public record Resent(long mailId) {
    }

    /**
     * R6.4 Sends one mail unless it has been sent, given up or tried meanwhile; R6.3 counts the attempt and keeps a
     * failure's error. R6.8 The mail's row is claimed with {@code SELECT … FOR UPDATE SKIP LOCKED}: a mail that
     * another server is sending at this moment is skipped here rather than waited for, and whichever server claims it
     * next finds it sent, or not due until its next attempt.
     */
    public void deliver(long id) {
        if (em.createNativeQuery(CLAIM).setParameter(1, id).getResultList().isEmpty()) {
            return;
        }
        var mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isDueAt(clock.instant())) {
            return;
        }
        try {
            server.send(mail);
            mail.sent(clock.instant());
        } catch (MessagingException e) {
            mail.failed(e.toString(), clock.instant());
            LOG.log(Level.WARNING, mail.isGivenUp() ? "Mail " + id + " not sent, given up after "
                    + mail.getAttempts() + " attempts" : "Mail " + id + " not sent, to be retried", e);
        }
    }
}
