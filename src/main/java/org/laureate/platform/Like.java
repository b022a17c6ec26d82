package org.laureate.platform;

import java.util.Locale;

/**
 * Patterns of JPQL's {@code LIKE} that find a text as typed: its {@code %} and {@code _} match themselves, escaped
 * with {@value #ESCAPE_CHARACTER}. A query writes {@code LOWER(x) LIKE :p} followed by {@link #ESCAPE}.
 */
public final class Like {

    public static final char ESCAPE_CHARACTER = '!';

    /** The clause that follows each {@code LIKE :parameter}. */
    public static final String ESCAPE = " ESCAPE '" + ESCAPE_CHARACTER + "'";

    private Like() {
    }

    /** The pattern that finds the text (stripped, in lower case) anywhere. */
    public static String containing(String text) {
        var escaped = new StringBuilder("%");
        for (char ch : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
            if (ch == '%' || ch == '_' || ch == ESCAPE_CHARACTER) {
                escaped.append(ESCAPE_CHARACTER);
            }
            escaped.append(ch);
        }
        return escaped.append('%').toString();
    }
}
