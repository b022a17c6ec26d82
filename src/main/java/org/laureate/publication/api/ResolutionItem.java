package org.laureate.publication.api;

import java.time.LocalDate;

/**
 * The Supreme State Council's resolution that awarded a prize; either part may be unknown for a historical cycle.
 *
 * @param number its number
 * @param date   its date
 */
public record ResolutionItem(String number,
        LocalDate date) {
}
