package org.laureate.vote.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.vote.boundary.MyVote;
import org.laureate.vote.boundary.VoteService;
import org.laureate.vote.entity.Choice;

/**
 * A member's page of a final vote. The page shows the finalists and hands the browser the public keys of the vote's
 * credentials; the browser obtains the credentials, keeps them, and casts each ballot with its credential, without the
 * session ({@code ballot.js}): the server never learns which ballots are the member's.
 */
@Named
@RequestScoped
public class VoteBacking {

    @Inject
    VoteService votes;

    private Long voteId;
    private MyVote vote;

    public void load() {
        vote = votes.myVote(voteId);
    }

    public boolean isApproval() {
        return vote != null && vote.vote().getMode() == VoteMode.APPROVAL;
    }

    /** Whether the member may vote now: the vote is open and they are registered present. */
    public boolean isVoting() {
        return vote != null && vote.vote().isOpen() && vote.present();
    }

    public boolean isRecused(PetitionSummary petition) {
        return vote.recused().contains(petition.id());
    }

    public Choice[] getChoiceValues() {
        return Choice.values();
    }

    /** The public keys of the finalists the member may vote on, by finalist, as JSON for the browser. */
    public String getKeysJson() {
        var json = Json.createObjectBuilder();
        if (vote != null) {
            vote.publicKeys().forEach((petition, key) -> json.add(String.valueOf(petition), key));
        }
        return json.build().toString();
    }

    /** R9.30 Every key of the vote, by finalist and the approval key under 0, as JSON, for its fingerprint. */
    public String getVoteKeysJson() {
        var json = Json.createObjectBuilder();
        if (vote != null) {
            vote.voteKeys().forEach((petition, key) -> json.add(String.valueOf(petition), key));
        }
        return json.build().toString();
    }

    /** The approval key ("for up to P" mode), or an empty text. */
    public String getApprovalKey() {
        return vote == null || vote.approvalKey() == null ? "" : vote.approvalKey();
    }

    public Long getVoteId() {
        return voteId;
    }

    public void setVoteId(Long voteId) {
        this.voteId = voteId;
    }

    public MyVote getVote() {
        return vote;
    }
}
