package org.laureate.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Every instant a person reads is the date and time in Minsk and Moscow, where both ministries, the council and the
 * secretariat work (one time zone): to the minute on the pages ({@code #{capitalTime.format(…)}}, 01.12.2026 14:05),
 * to the second where order matters (the audit log), and as a date ({@code dd.MM.yyyy}, the views' date converters).
 * Exports for machines write {@code yyyy-MM-dd HH:mm}; the award documents write dates in words, in Russian.
 */
@Named
@ApplicationScoped
public class CapitalTime {

    /** The time zone of both capitals. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZONE);

    /** The instant to the minute, or nothing for none. */
    public String format(Instant instant) {
        return minutes(instant);
    }

    /** The instant to the minute, or nothing for none. */
    public static String minutes(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    /** The instant to the second, or nothing for none. */
    public static String seconds(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}
