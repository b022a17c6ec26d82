package org.laureate.platform;

import java.util.List;
import java.util.Objects;

/**
 * A mail to send to a person, fired as a CDI event inside the transaction that caused it. The outbox writes it in the
 * same transaction and sends it after the commit, in the recipient's language: its subject is the bundle key
 * {@code mail.<key>.subject}, its body {@code mail.<key>.body}, both formatted with the arguments.
 *
 * @param recipient an email address
 * @param language  {@code ru}, {@code be} or {@code en}
 * @param key       the mail's key in the bundles, e.g. {@code nomination.admitted}
 * @param arguments the values of {0}, {1} … in the texts
 */
public record Notice(String recipient, String language, String key, List<Object> arguments) {

    public Notice {
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(key);
        language = language == null ? "ru" : language;
        arguments = List.copyOf(arguments);
    }

    public static Notice of(String recipient, String language, String key, Object... arguments) {
        return new Notice(recipient, language, key, List.of(arguments));
    }
}
