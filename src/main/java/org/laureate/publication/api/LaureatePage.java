package org.laureate.publication.api;

import java.util.List;

/**
 * A page of published laureates.
 *
 * @param page  the page, from 1
 * @param size  the page's size
 * @param total how many laureates match in all
 * @param items the laureates on this page
 */
public record LaureatePage(int page,
        int size,
        long total,
        List<LaureateItem> items) {
}
