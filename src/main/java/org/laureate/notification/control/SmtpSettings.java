package org.laureate.notification.control;

import java.util.Objects;
import java.util.Optional;

/**
 * Where mails go: the SMTP server and the sender's address, from MicroProfile Config.
 *
 * @param host     the SMTP host; empty when mails are only written to the log
 * @param port     the SMTP port
 * @param from     the sender's address
 * @param user     the user to authenticate as; empty for none
 * @param password the user's password
 * @param startTls whether to require STARTTLS
 */
public record SmtpSettings(Optional<String> host, int port, String from, Optional<String> user,
        Optional<String> password, boolean startTls) {

    public static final String HOST = "laureate.mail.host";
    public static final String PORT = "laureate.mail.port";
    public static final String FROM = "laureate.mail.from";
    public static final String USER = "laureate.mail.user";
    public static final String PASSWORD = "laureate.mail.password";
    public static final String STARTTLS = "laureate.mail.starttls";

    public SmtpSettings {
        host = host.filter(value -> !value.isBlank());
        Objects.requireNonNull(from);
        user = user.filter(value -> !value.isBlank());
    }
}
