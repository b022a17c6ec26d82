package org.laureate.vote.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laureate.council.boundary.CouncilSeat;
import org.laureate.council.boundary.CouncilService;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.Milestone;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.vote.boundary.VoteResult;
import org.laureate.vote.boundary.VoteService;
import org.laureate.vote.boundary.VoteTotals;
import org.laureate.vote.entity.FinalVote;
import org.omnifaces.util.Messages;

/**
 * The secretariat's page of a cycle's final votes: puts finalists to the vote, registers who is present, opens and
 * closes each vote, shows a closed vote's result and holds the run-off it needs.
 */
@Named
@ViewScoped
public class VotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VoteService votes;

    @Inject
    CouncilService council;

    @Inject
    CycleService cycles;

    private Long cycleId;
    private AwardCycle cycle;
    private List<FinalVote> list = List.of();
    private List<PetitionSummary> candidates = List.of();
    private List<CouncilSeat> seats = List.of();
    private final Map<Long, List<Long>> presence = new HashMap<>();
    private final Map<Long, VoteResult> results = new HashMap<>();
    private final Map<Long, VoteTotals> totals = new HashMap<>();
    private LocalDate heldOn;
    private String place;
    private List<Long> finalists = new ArrayList<>();

    /** Loads the cycle named by the view parameter, its votes and council. */
    public void load() {
        cycle = cycles.find(cycleId);
        heldOn = cycle.getMilestones().get(Milestone.EXPERT_FINAL_MEETING);
        candidates = votes.candidates(cycleId);
        seats = council.council(cycleId);
        refresh();
    }

    private void refresh() {
        list = votes.votes(cycleId);
        presence.clear();
        results.clear();
        totals.clear();
        for (var vote : list) {
            presence.put(vote.getId(), new ArrayList<>(vote.getPresent()));
            if (vote.isOpen()) {
                totals.put(vote.getId(), votes.totals(vote.getId()));
            }
            if (vote.isClosed()) {
                results.put(vote.getId(), votes.result(vote.getId()));
            }
        }
    }

    /** Puts the chosen finalists to the vote. */
    public void prepare() {
        var vote = votes.prepare(cycleId, heldOn, place, finalists);
        Messages.addGlobalInfo("votes.prepared", vote.getFinalists().size(), vote.getSeats());
        finalists = new ArrayList<>();
        refresh();
    }

    /** Registers the members checked as present. */
    public void registerPresence(long voteId) {
        var vote = votes.registerPresence(voteId, presence.getOrDefault(voteId, List.of()));
        Messages.addGlobalInfo("votes.presenceSaved", vote.getPresent().size(), seats.size());
        refresh();
    }

    /** Registers the members checked as present and opens the vote, if they make a quorum. */
    public void open(long voteId) {
        votes.registerPresence(voteId, presence.getOrDefault(voteId, List.of()));
        votes.open(voteId);
        Messages.addGlobalInfo("votes.opened");
        refresh();
    }

    public void close(long voteId) {
        votes.close(voteId);
        Messages.addGlobalInfo("votes.closed");
        refresh();
    }

    /** Holds the run-off among the petitions tied at the boundary. */
    public void runOff(long voteId) {
        var runOff = votes.runOff(voteId);
        Messages.addGlobalInfo("votes.runOffPrepared", runOff.getFinalists().size(), runOff.getSeats());
        refresh();
    }

    /** The seats of the members registered present at a vote. */
    public List<CouncilSeat> present(FinalVote vote) {
        return seats.stream().filter(seat -> vote.isPresent(seat.memberId())).toList();
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public AwardCycle getCycle() {
        return cycle;
    }

    public List<FinalVote> getList() {
        return list;
    }

    public List<PetitionSummary> getCandidates() {
        return candidates;
    }

    public List<CouncilSeat> getSeats() {
        return seats;
    }

    public Map<Long, List<Long>> getPresence() {
        return presence;
    }

    public Map<Long, VoteResult> getResults() {
        return results;
    }

    /** R12.15 An open vote's totals: members issued its credentials, ballots cast. */
    public Map<Long, VoteTotals> getTotals() {
        return totals;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<Long> getFinalists() {
        return finalists;
    }

    public void setFinalists(List<Long> finalists) {
        this.finalists = finalists;
    }
}
