package org.laureate.vote.boundary;

import java.io.Serializable;
import java.util.List;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.vote.control.VoteCount;
import org.laureate.vote.entity.FinalVote;

/** A closed final vote's result: each finalist's votes, the chosen ones, and the run-off needed, if any. */
public record VoteResult(FinalVote vote, int councilSize, List<Line> lines, List<PetitionSummary> chosen,
        List<PetitionSummary> runOff, int runOffSeats) implements Serializable {

    /** One finalist's votes. */
    public record Line(PetitionSummary petition, VoteCount.PetitionVotes votes, boolean chosen)
            implements Serializable {
    }
}
