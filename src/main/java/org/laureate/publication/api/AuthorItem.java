package org.laureate.publication.api;

import org.laureate.platform.Country;
import org.laureate.publication.entity.AwardAuthor;

/**
 * An author of a laureate work.
 *
 * @param nameRu  the name in Russian
 * @param nameBe  its Belarusian spelling, when one is given
 * @param country the member state, when known
 */
public record AuthorItem(String nameRu,
        String nameBe,
        Country country) {

    static AuthorItem of(AwardAuthor author) {
        return new AuthorItem(author.getNameRu(), author.getNameBe(), author.getCountry());
    }
}
