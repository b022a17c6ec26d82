package org.laureate.notification.control;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import java.util.logging.Logger;
import org.laureate.notification.entity.OutboxMail;

/**
 * Hands a mail to the SMTP server through Jakarta Mail, or writes it to the log when no server is configured (R6.5).
 */
public class MailServer {

    private static final Logger LOG = Logger.getLogger(MailServer.class.getName());
    private static final String TIMEOUT_MILLIS = "20000";

    private final SmtpSettings settings;
    private final Session session;

    public MailServer(SmtpSettings settings) {
        this.settings = settings;
        this.session = settings.host().map(host -> session(host, settings)).orElse(null);
    }

    private static Session session(String host, SmtpSettings settings) {
        var properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        if (settings.user().isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        var user = settings.user().get();
        var password = settings.password().orElse("");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    /** Sends the mail, or logs it when no SMTP host is configured. */
    public void send(OutboxMail mail) throws MessagingException {
        if (session == null) {
            LOG.info(() -> "Mail to " + mail.getRecipient() + " (no SMTP host configured): " + mail.getSubject()
                    + "\n" + mail.getBody());
            return;
        }
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(mail.getCreatedAt()));
        Transport.send(message);
    }
}
