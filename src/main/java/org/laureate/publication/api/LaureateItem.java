package org.laureate.publication.api;

import java.time.Instant;
import java.util.List;
import org.laureate.cycle.entity.ArtField;
import org.laureate.publication.entity.Award;

/**
 * A published laureate work.
 *
 * @param id          the award's identifier
 * @param cycle       the cycle, "2013–2014"
 * @param work        the work's title
 * @param artField    the art field, when known
 * @param authors     the authors
 * @param resolution  the Supreme State Council's resolution
 * @param publishedAt when it was published on this platform (none for the cycles before it)
 * @param amendments  how many amendments have been made to it since it was published
 */
public record LaureateItem(long id,
        String cycle,
        String work,
        ArtField artField,
        List<AuthorItem> authors,
        ResolutionItem resolution,
        Instant publishedAt,
        int amendments) {

    static LaureateItem of(Award award) {
        return new LaureateItem(award.getId(), award.getCycleName(), award.getWorkTitle(), award.getArtField(),
                award.getAuthors().stream().map(AuthorItem::of).toList(),
                new ResolutionItem(award.getResolutionNumber(), award.getResolutionDate()), award.getPublishedAt(),
                award.getAmendments().size());
    }
}
