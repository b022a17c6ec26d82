package org.laureate.decision.control;

import java.time.LocalDate;
import java.util.List;

/**
 * What the extract of the Expert Council's minutes on the final vote states: the meeting, the members present, each
 * finalist's votes and the decision.
 */
public record VoteMinutes(String cycleName, LocalDate heldOn, String place, int councilSize, List<String> present,
        List<Line> lines, List<String> decision) {

    /** One finalist: number, work, authors, votes for, against, abstaining, and whether it was chosen. */
    public record Line(String registrationNumber, String work, String authors, int votesFor, int against, int abstain,
            boolean chosen) {
    }
}
