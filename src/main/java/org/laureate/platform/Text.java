package org.laureate.platform;

import java.util.regex.Pattern;

/**
 * Characters that have no place in what people type or name: control characters (NUL and the like; tab and line
 * breaks are text), and the bidirectional embeddings, overrides and isolates that can make "fdp.exe" show as
 * "exe.pdf". Names (of files, of people) lose them, and the invisible characters too; text that contains them is
 * refused.
 */
public final class Text {

    private static final Pattern FORBIDDEN =
            Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]|[\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern NOT_IN_NAMES =
            Pattern.compile("[\\p{Cc}\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2069\\uFEFF]");

    private Text() {
    }

    /** Whether the text holds none of the forbidden characters ({@code null} holds none). */
    public static boolean isClean(String text) {
        return text == null || !FORBIDDEN.matcher(text).find();
    }

    /** The name without control, bidirectional and invisible characters, and without the spaces around it. */
    public static String cleanName(String name) {
        return name == null ? null : NOT_IN_NAMES.matcher(name).replaceAll("").strip();
    }
}
