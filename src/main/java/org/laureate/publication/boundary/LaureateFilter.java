package org.laureate.publication.boundary;

import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.Country;

/**
 * What the public looks for among the published laureates; every part may be {@code null} for "any".
 *
 * @param cycle    a cycle's name ("2013–2014", a hyphen will do) or one of its years ("2013")
 * @param artField the art field
 * @param country  an author's country
 * @param text     words in the work's title or an author's name (Russian or Belarusian spelling)
 */
public record LaureateFilter(String cycle, ArtField artField, Country country, String text) {

    public static final LaureateFilter ANY = new LaureateFilter(null, null, null, null);
}
