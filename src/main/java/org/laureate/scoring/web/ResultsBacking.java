package org.laureate.scoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.platform.Country;
import org.laureate.scoring.boundary.CandidateService;
import org.laureate.scoring.boundary.PetitionResult;
import org.laureate.scoring.boundary.ResultsService;
import org.laureate.scoring.boundary.RoundResults;
import org.laureate.scoring.entity.CandidateList;
import org.laureate.scoring.entity.CandidateListStatus;
import org.omnifaces.util.Messages;

/**
 * A closed round's results for the council and the secretariat: each petition's figures, its rank and the chart of its
 * scores. The secretariat also chooses the candidates from the ranking, proposes them, follows the co-chairs'
 * confirmations and publishes the confirmed list.
 */
@Named
@ViewScoped
public class ResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResultsService results;

    @Inject
    CandidateService candidates;

    private Long roundId;
    private RoundResults shown;
    private CandidateList list;
    private List<PetitionSummary> listed;
    private final Map<Long, Boolean> chosen = new HashMap<>();

    /** Loads the results of the round named by the view parameter; an open round shows nothing. */
    public void load() {
        shown = results.results(roundId);
        showList();
        chosen.clear();
        if (list != null) {
            list.getNominationIds().forEach(id -> chosen.put(id, true));
        }
    }

    /** Proposes the chosen petitions as candidates, in the order of the ranking. */
    public void propose() {
        var ids = shown.rows().stream()
                .map(row -> row.petition().id())
                .filter(id -> Boolean.TRUE.equals(chosen.get(id)))
                .toList();
        candidates.propose(roundId, ids);
        Messages.addGlobalInfo("results.candidates.proposed", ids.size());
        showList();
    }

    public void publish() {
        candidates.publish(list.getId());
        Messages.addGlobalInfo("results.candidates.published");
        showList();
    }

    private void showList() {
        list = candidates.ofRound(roundId).orElse(null);
        listed = list == null ? List.of() : candidates.candidates(list.getId());
    }

    /** The largest count of any point in a row's chart, so that the bars share one height. */
    public int highest(PetitionResult row) {
        return row.tally().distribution().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The co-chairs' countries that have confirmed the list. */
    public List<Country> getConfirmedBy() {
        return list == null ? List.of() : Arrays.stream(Country.values()).filter(list::isConfirmedBy).toList();
    }

    /** The co-chairs' countries still to confirm the proposal. */
    public List<Country> getAwaiting() {
        return list == null ? List.of() : Arrays.stream(Country.values()).filter(list::awaits).toList();
    }

    public boolean isPublishable() {
        return list != null && list.getStatus() == CandidateListStatus.CONFIRMED;
    }

    public boolean isProposable() {
        return list == null || list.getStatus() != CandidateListStatus.PUBLISHED;
    }

    public Long getRoundId() {
        return roundId;
    }

    public void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    public RoundResults getShown() {
        return shown;
    }

    public CandidateList getList() {
        return list;
    }

    public List<PetitionSummary> getListed() {
        return listed;
    }

    public Map<Long, Boolean> getChosen() {
        return chosen;
    }
}
