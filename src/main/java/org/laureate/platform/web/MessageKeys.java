package org.laureate.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.laureate.platform.Localizable;
import org.omnifaces.util.Messages;

/**
 * Lets every Faces message be given by its key in the resource bundles ({@code
 * Messages.addGlobalError("login.failed")}): the message is then shown in the viewer's language.
 */
@ApplicationScoped
public class MessageKeys {

    public static final String BUNDLE = "org.laureate.i18n.messages";

    void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Messages.setResolver(MessageKeys::resolve);
    }

    /**
     * The message in the language the viewer chose, also while a page is first built, before its view has taken that
     * language.
     */
    public static String resolve(String key, Object... params) {
        return resolve(CDI.current().select(LanguageBacking.class).get().getLocale(), key, params);
    }

    /**
     * The message in the given language: for a bean that resolves many messages in one request and has the viewer's
     * language at hand ({@code CDI.current()} finds its bean manager by walking the caller's stack, each call).
     */
    public static String resolve(Locale locale, String key, Object... params) {
        try {
            return params.length == 0 ? ResourceBundle.getBundle(BUNDLE, locale).getString(key)
                    : format(locale, key).format(Localizable.in(locale, params));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The message's pattern in the given language, to be formatted many times (a row of a table): parsing it again for
     * each use costs more than the formatting.
     */
    public static MessageFormat format(Locale locale, String key) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale);
    }
}
