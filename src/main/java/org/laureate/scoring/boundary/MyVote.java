package org.laureate.scoring.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laureate.scoring.entity.Choice;
import org.laureate.scoring.entity.FinalVote;

/**
 * A member's view of a final vote: the finalists, those the member is recused from, the member's own choices and
 * receipt (opened with their secret), whether the member is registered present.
 */
public record MyVote(FinalVote vote, List<PetitionSummary> finalists, Set<Long> recused, Map<Long, Choice> choices,
        String receipt, boolean present, boolean voted) implements Serializable {
}
