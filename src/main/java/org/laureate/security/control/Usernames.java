package org.laureate.security.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * R3.15 A username as it is stored and compared: NFKC (so that full-width {@code ａｄｍｉｎ} is {@code admin}), without
 * invisible characters (format characters such as the zero-width space and the bidi controls, control characters,
 * and the other default-ignorable code points), without surrounding white space, in lower case. Stored usernames are
 * already in this form, and a typed name is compared with them exactly, character by character.
 */
public final class Usernames {

    private Usernames() {
    }

    /** The typed name in the form of a stored one; {@code null} stays {@code null}. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        var visible = new StringBuilder();
        Normalizer.normalize(typed, Normalizer.Form.NFKC).codePoints()
                .filter(codePoint -> !isInvisible(codePoint))
                .forEach(visible::appendCodePoint);
        return Normalizer.normalize(visible.toString().strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    }

    /** Format and control characters and the default-ignorable code points of Unicode. */
    static boolean isInvisible(int codePoint) {
        var type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL
                || codePoint == 0x034F || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164
                || codePoint == 0xFFA0 || codePoint >= 0x17B4 && codePoint <= 0x17B5
                || codePoint >= 0x180B && codePoint <= 0x180F || codePoint >= 0xFE00 && codePoint <= 0xFE0F
                || codePoint >= 0xFFF0 && codePoint <= 0xFFF8 || codePoint >= 0x1BCA0 && codePoint <= 0x1BCA3
                || codePoint >= 0x1D173 && codePoint <= 0x1D17A || codePoint >= 0xE0000 && codePoint <= 0xE0FFF;
    }
}
