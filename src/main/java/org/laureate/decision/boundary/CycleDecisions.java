package org.laureate.decision.boundary;

import java.util.List;
import java.util.Optional;
import org.laureate.decision.entity.Resolution;
import org.laureate.nomination.boundary.PetitionSummary;

/**
 * Where a cycle stands after its final vote: the nominees, the Council of Ministers' resolution and the Supreme State
 * Council's, the laureates they make, and the nominees' authors. Shown only to the secretariat, the co-chairs and the
 * Councils' recorders.
 */
public record CycleDecisions(long cycleId, String cycleName, List<PetitionSummary> nominees,
        Optional<Resolution> ministers, Optional<Resolution> supreme, List<PetitionSummary> laureates,
        List<Author> authors) {

    /** An author of a nominated work, for the links to their award sheet and diplomas. */
    public record Author(long nominationId, long nomineeId, String fullName) {
    }

    /** The authors of one nominated work. */
    public List<Author> authorsOf(long nominationId) {
        return authors.stream().filter(author -> author.nominationId() == nominationId).toList();
    }
}
