package org.laureate.notification.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.laureate.notification.entity.OutboxMail;
import org.laureate.platform.Notice;

/** Writes the mail of a notice in the recipient's language from the message bundles (R6.2). */
public class MailTemplates {

    /** The bundle that holds {@code mail.<key>.subject} and {@code mail.<key>.body}. */
    public static final String BUNDLE = "org.laureate.i18n.messages";

    static final List<String> LANGUAGES = List.of("ru", "be", "en");

    /** The mail of {@code notice}, written at {@code now}. A key missing from the bundle is a programming error. */
    public OutboxMail write(Notice notice, Instant now) {
        var language = LANGUAGES.contains(notice.language()) ? notice.language() : LANGUAGES.get(0);
        var locale = Locale.forLanguageTag(language);
        var bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var arguments = notice.arguments().toArray();
        var subject = new MessageFormat(bundle.getString("mail." + notice.key() + ".subject"), locale)
                .format(arguments);
        var body = new MessageFormat(bundle.getString("mail." + notice.key() + ".body"), locale).format(arguments);
        return new OutboxMail(notice.recipient(), subject, body, now);
    }
}
