package org.laureate.platform;

import java.util.Locale;

/**
 * An argument of a message that reads differently in each language, such as a country's name: a refusal made in a
 * boundary carries it as it is, and the message is put in words in the reader's language where it is shown.
 */
@FunctionalInterface
public interface Localizable {

    /** The words for this value in the given language. */
    String in(Locale locale);

    /** The arguments of a message, each localizable one put in words in {@code locale}, the others as they are. */
    static Object[] in(Locale locale, Object... arguments) {
        var words = arguments.clone();
        for (int i = 0; i < words.length; i++) {
            if (words[i] instanceof Localizable localizable) {
                words[i] = localizable.in(locale);
            }
        }
        return words;
    }
}
