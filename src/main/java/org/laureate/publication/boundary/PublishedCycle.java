package org.laureate.publication.boundary;

import java.time.LocalDate;
import java.util.List;
import org.laureate.scoring.boundary.PublishedCandidates;

/**
 * A cycle as the archive shows it: its published laureates' count and resolution, and its published lists of
 * candidates.
 *
 * @param name             "2013–2014"
 * @param laureates        how many awards are published
 * @param resolutionNumber the Supreme State Council's resolution number, if known
 * @param resolutionDate   its date, if known
 * @param candidateLists   the cycle's published lists of candidates
 */
public record PublishedCycle(String name, int laureates, String resolutionNumber, LocalDate resolutionDate,
        List<PublishedCandidates> candidateLists) {
}
