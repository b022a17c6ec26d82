package org.laureate.security.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.laureate.platform.BusinessException;

/**
 * R3.9 What a new password must be: at least {@link #MIN_LENGTH} characters, at most {@link #MAX_LENGTH}, not the
 * username, and none of the commonest passwords (the list {@code common-passwords.txt} beside this class, compared
 * without regard to case).
 */
public class PasswordPolicy {

    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 10;

    /** The longest password accepted. */
    public static final int MAX_LENGTH = 200;

    private static final Set<String> COMMON = load();

    /** Refuses a password that breaks the policy, with a message that says which rule it breaks. */
    public void check(String username, String password) {
        Objects.requireNonNull(password);
        if (password.length() < MIN_LENGTH) {
            throw new BusinessException("password.error.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessException("password.error.tooLong", MAX_LENGTH);
        }
        var lowered = password.toLowerCase(Locale.ROOT);
        if (username != null && lowered.contains(username.toLowerCase(Locale.ROOT))) {
            throw new BusinessException("password.error.username");
        }
        if (COMMON.contains(lowered)) {
            throw new BusinessException("password.error.common");
        }
    }

    private static Set<String> load() {
        var stream = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("common-passwords.txt is missing");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
