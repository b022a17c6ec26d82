package org.laureate.publication.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Supreme State Council's resolution that awarded a prize; either part may be unknown for a historical cycle.
 *
 * @param number its number
 * @param date   its date
 */
@Schema(name = "Resolution")
public record ResolutionItem(
        @Schema(nullable = true) String number,
        @Schema(nullable = true, format = "date") LocalDate date) {
}
