package org.laureate.vote.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.TreeSet;
import org.laureate.vote.boundary.VoteBoardEntry;
import org.laureate.vote.boundary.VoteService;

/**
 * R12.13 The bulletin board of a closed final vote: every ballot by its receipt, with its choice by the petition's
 * registration number, never by name, and the receipt of the approval credential it spent. Refused while the vote is
 * open.
 */
@Named
@RequestScoped
public class VoteBoardBacking {

    @Inject
    VoteService votes;

    private Long voteId;
    private List<VoteBoardEntry> entries;
    private List<String> numbers = List.of();
    private boolean approval;

    public void load() {
        entries = votes.board(voteId);
        var all = new TreeSet<String>();
        entries.forEach(entry -> all.addAll(entry.choices().keySet()));
        numbers = List.copyOf(all);
        approval = entries.stream().anyMatch(entry -> entry.approvalReceipt() != null);
    }

    /** Whether the board shows the approval credentials spent ("for up to P" mode). */
    public boolean isApproval() {
        return approval;
    }

    public Long getVoteId() {
        return voteId;
    }

    public void setVoteId(Long voteId) {
        this.voteId = voteId;
    }

    /** The board's lines; {@code null} when it was refused. */
    public List<VoteBoardEntry> getEntries() {
        return entries;
    }

    /** The registration numbers of the petitions that received a choice, in order: the board's columns. */
    public List<String> getNumbers() {
        return numbers;
    }
}
