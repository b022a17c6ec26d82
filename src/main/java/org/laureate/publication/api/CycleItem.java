package org.laureate.publication.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.laureate.publication.boundary.PublishedCycle;

/**
 * A cycle with published laureates or a published list of candidates.
 *
 * @param cycle          the cycle, "2013–2014"
 * @param laureates      how many laureate works are published
 * @param resolution     the Supreme State Council's resolution
 * @param candidateLists how many lists of candidates are published
 */
@Schema(name = "Cycle")
public record CycleItem(
        @Schema(required = true) String cycle,
        @Schema(required = true) int laureates,
        @Schema(required = true) ResolutionItem resolution,
        @Schema(required = true) int candidateLists) {

    static CycleItem of(PublishedCycle cycle) {
        return new CycleItem(cycle.name(), cycle.laureates(),
                new ResolutionItem(cycle.resolutionNumber(), cycle.resolutionDate()), cycle.candidateLists().size());
    }
}
