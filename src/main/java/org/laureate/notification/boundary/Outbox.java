package org.laureate.notification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
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
import org.laureate.platform.Notice;

/** The way in to the outbox: writes the mail of every notice, and delivers the mails one at a time. */
@Stateless
@PermitAll
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

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

    /** The mails not sent yet, oldest first, at most {@code max}. */
    public List<Long> unsent(int max) {
        return em.createNamedQuery(OutboxMail.FIND_UNSENT, Long.class).setMaxResults(max).getResultList();
    }

    /** R6.4 Sends one mail unless it has been sent meanwhile; R6.3 counts the attempt and keeps a failure's error. */
    public void deliver(long id) {
        var mail = em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.isSent()) {
            return;
        }
        try {
            server.send(mail);
            mail.sent(clock.instant());
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Mail " + id + " not sent, to be retried", e);
            mail.failed(e.toString());
        }
    }
}
