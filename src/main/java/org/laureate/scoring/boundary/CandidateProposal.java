package org.laureate.scoring.boundary;

import java.io.Serializable;
import java.util.List;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.platform.Country;
import org.laureate.scoring.entity.CandidateList;

/**
 * A list of candidates as a co-chair of its council reads it: the round and cycle it comes from, the co-chair's
 * country, and the candidates in their order.
 */
public record CandidateProposal(CandidateList list, long roundId, String roundTitle, String cycleName,
        Country country, List<PetitionSummary> candidates) implements Serializable {

    /** R10.3 Whether the proposal awaits this co-chair's confirmation. */
    public boolean awaitsMe() {
        return list.awaits(country);
    }
}
