package org.laureate.publication.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laureate.platform.Country;
import org.laureate.publication.entity.AwardAuthor;

/**
 * An author of a laureate work.
 *
 * @param nameRu  the name in Russian
 * @param nameBe  its Belarusian spelling, when one is given
 * @param country the member state, when known
 */
@Schema(name = "Author")
public record AuthorItem(
        @Schema(required = true) String nameRu,
        @Schema(nullable = true) String nameBe,
        @Schema(nullable = true) Country country) {

    static AuthorItem of(AwardAuthor author) {
        return new AuthorItem(author.getNameRu(), author.getNameBe(), author.getCountry());
    }
}
