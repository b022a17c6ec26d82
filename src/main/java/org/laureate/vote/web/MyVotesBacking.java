package org.laureate.vote.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.laureate.vote.boundary.VoteService;
import org.laureate.vote.entity.FinalVote;

/** The final votes in which the member is registered present, for their dashboard. */
@Named
@RequestScoped
public class MyVotesBacking {

    @Inject
    VoteService votes;

    private List<FinalVote> list;

    public List<FinalVote> getList() {
        if (list == null) {
            list = votes.myVotes();
        }
        return list;
    }
}
