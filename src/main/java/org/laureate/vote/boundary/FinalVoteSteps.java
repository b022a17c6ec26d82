package org.laureate.vote.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.laureate.cycle.boundary.CycleStepTaken;
import org.laureate.cycle.entity.CycleStep;
import org.laureate.platform.StateChange;

/**
 * R12.18 Tells the cycle the steps of its final vote, from the changes the vote records and through its boundary
 * only: opening a vote takes the cycle to the vote; closing the one that completes the nominees (no run-off left)
 * takes it to the proposal.
 */
@Stateless
public class FinalVoteSteps {

    /** The audit trail's name for a final vote, as {@link VoteService} records its changes. */
    static final String VOTE = "FinalVote";

    @Inject
    VoteService votes;

    @Inject
    Event<CycleStepTaken> steps;

    @PermitAll
    public void follow(@Observes StateChange change) {
        if (!VOTE.equals(change.subject())) {
            return;
        }
        if ("open".equals(change.action())) {
            steps.fire(new CycleStepTaken(cycleOf(change), CycleStep.FINAL_VOTE_OPENED));
        } else if ("close".equals(change.action())) {
            long cycleId = cycleOf(change);
            if (!votes.nominees(cycleId).isEmpty()) {
                steps.fire(new CycleStepTaken(cycleId, CycleStep.NOMINEES_CHOSEN));
            }
        }
    }

    private long cycleOf(StateChange change) {
        return votes.find(Long.parseLong(change.subjectId())).getCycleId();
    }
}
