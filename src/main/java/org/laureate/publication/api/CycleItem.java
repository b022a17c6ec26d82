package org.laureate.publication.api;

import org.laureate.publication.boundary.PublishedCycle;

/**
 * A cycle with published laureates or a published list of candidates.
 *
 * @param cycle          the cycle, "2013–2014"
 * @param laureates      how many laureate works are published
 * @param resolution     the Supreme State Council's resolution
 * @param candidateLists how many lists of candidates are published
 */
public record CycleItem(String cycle,
        int laureates,
        ResolutionItem resolution,
        int candidateLists) {

    static CycleItem of(PublishedCycle cycle) {
        return new CycleItem(cycle.name(), cycle.laureates(),
                new ResolutionItem(cycle.resolutionNumber(), cycle.resolutionDate()), cycle.candidateLists().size());
    }
}
