package org.laureate.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.CDI;
import java.text.MessageFormat;
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
        var locale = CDI.current().select(LanguageBacking.class).get().getLocale();
        try {
            var text = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, locale).format(Localizable.in(locale, params));
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
