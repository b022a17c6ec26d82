package org.laureate.scoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.scoring.boundary.MyVote;
import org.laureate.scoring.boundary.PetitionSummary;
import org.laureate.scoring.boundary.VoteService;
import org.laureate.scoring.entity.Choice;
import org.omnifaces.util.Messages;

/**
 * A member's ballot in a final vote: for up to as many finalists as there are prizes, or for, against or abstaining on
 * each, by the vote's mode; cast, and replaced while the vote is open, with a new receipt each time. The ballot opens
 * only with the member's secret, held in their session since they signed in with their password.
 */
@Named
@ViewScoped
public class VoteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VoteService votes;

    @Inject
    MemberKeyring keyring;

    private Long voteId;
    private MyVote vote;
    private List<Long> approved = new ArrayList<>();
    private final Map<Long, String> choices = new HashMap<>();
    private String receipt;

    /** Opens the member's view of the vote, with their own ballot, when their secret is at hand. */
    public void load() {
        if (keyring.secret().isEmpty()) {
            return;
        }
        show(votes.myVote(keyring.secret().get(), voteId));
    }

    private void show(MyVote shown) {
        vote = shown;
        approved = new ArrayList<>();
        choices.clear();
        shown.choices().forEach((id, choice) -> {
            if (choice == Choice.FOR) {
                approved.add(id);
            }
            choices.put(id, choice.name());
        });
    }

    /** Casts the ballot, or replaces it, and shows the new receipt. */
    public void cast() {
        var ballot = new HashMap<Long, Choice>();
        if (isApproval()) {
            approved.forEach(id -> ballot.put(id, Choice.FOR));
        } else {
            choices.forEach((id, choice) -> {
                if (choice != null && !choice.isEmpty() && !vote.recused().contains(id)) {
                    ballot.put(id, Choice.valueOf(choice));
                }
            });
        }
        var secret = keyring.secret().orElseThrow();
        receipt = votes.cast(secret, voteId, ballot);
        show(votes.myVote(secret, voteId));
        Messages.addGlobalInfo("vote.cast");
    }

    public boolean isHasSecret() {
        return keyring.secret().isPresent();
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

    public Long getVoteId() {
        return voteId;
    }

    public void setVoteId(Long voteId) {
        this.voteId = voteId;
    }

    public MyVote getVote() {
        return vote;
    }

    public List<Long> getApproved() {
        return approved;
    }

    public void setApproved(List<Long> approved) {
        this.approved = approved;
    }

    public Map<Long, String> getChoices() {
        return choices;
    }

    /** The receipt of the ballot just cast, or else of the member's ballot as it stands. */
    public String getReceipt() {
        return receipt != null ? receipt : vote == null ? null : vote.receipt();
    }

    public boolean isJustCast() {
        return receipt != null;
    }
}
