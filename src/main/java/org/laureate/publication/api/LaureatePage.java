package org.laureate.publication.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of published laureates.
 *
 * @param page  the page, from 1
 * @param size  the page's size
 * @param total how many laureates match in all
 * @param items the laureates on this page
 */
@Schema(name = "LaureatePage")
public record LaureatePage(
        @Schema(required = true, minimum = "1") int page,
        @Schema(required = true, minimum = "1", maximum = "100") int size,
        @Schema(required = true) long total,
        @Schema(required = true) List<LaureateItem> items) {
}
