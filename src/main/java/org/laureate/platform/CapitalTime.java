package org.laureate.nomination.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.laureate.cycle.entity.AwardCycle;

/** Shows an instant as the date and time in Minsk and Moscow, where both ministries and the secretariat work. */
@Named
@ApplicationScoped
public class CapitalTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(AwardCycle.CAPITALS);

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
