package org.laureate.scoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.platform.Country;
import org.laureate.platform.web.LanguageBacking;
import org.laureate.scoring.boundary.CandidateService;
import org.laureate.scoring.boundary.ResultsService;
import org.laureate.scoring.boundary.RoundResults;
import org.laureate.scoring.entity.CandidateList;
import org.laureate.scoring.entity.CandidateListStatus;
import org.laureate.security.entity.Role;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A closed round's results for the council and the secretariat: each petition's figures, its rank and the chart of its
 * scores, a page of the ranking at a time ({@link #PAGE} rows: a round of a thousand petitions shown whole made a page
 * of 3.4 MB). The secretariat also chooses the candidates from the ranking, on any of its pages (each choice is kept as
 * it is made), proposes them, follows the co-chairs' confirmations and publishes the confirmed list.
 *
 * <p>The view keeps between requests the round, the page shown and the choices; the page's rows are read again when a
 * request needs them. The session holds the views of its pages and is written after every request (the WAR is
 * distributable): rows kept in each view made every request of a busy reader write and read them all again.
 */
@Named
@ViewScoped
public class ResultsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows of the ranking on a page. */
    public static final int PAGE = 50;

    @Inject
    ResultsService results;

    @Inject
    CandidateService candidates;

    @Inject
    LanguageBacking language;

    private Long roundId;
    private int first;
    private boolean loaded;
    private boolean secretariat;
    private transient RoundResults shown;
    private transient List<ResultRow> rows;
    private CandidateList list;
    private List<PetitionSummary> listed;
    private final Map<Long, Boolean> chosen = new HashMap<>();

    /** Loads the first page of the results of the round named by the view parameter; an open round shows nothing. */
    public void load() {
        loaded = true;
        show(0);
        secretariat = Faces.isUserInRole(Role.Names.ADMIN);
        showList();
        chosen.clear();
        if (list != null) {
            list.getNominationIds().forEach(id -> chosen.put(id, true));
        }
    }

    /** Shows the previous page of the ranking. */
    public void previous() {
        show(Math.max(0, first - PAGE));
    }

    /** Shows the next page of the ranking, if there is one. */
    public void next() {
        if (isHasNext()) {
            show(first + PAGE);
        }
    }

    private void show(int from) {
        first = from;
        shown = results.results(roundId, first, PAGE);
        rows = null;
    }

    /** Proposes the chosen petitions as candidates, in the order of the ranking. */
    public void propose() {
        var ids = getShown().ranking().stream()
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

    /** The rows of the page shown, written for the viewer. */
    private List<ResultRow> getRows() {
        if (rows == null) {
            rows = ResultRow.of(getShown(), language.getLocale(), language.getCode());
        }
        return rows;
    }

    /** The co-chairs' countries that have confirmed the list. */
    public List<Country> getConfirmedBy() {
        return list == null ? List.of() : Arrays.stream(Country.values()).filter(list::isConfirmedBy).toList();
    }

    /** The co-chairs' countries still to confirm the proposal. */
    public List<Country> getAwaiting() {
        return list == null ? List.of() : Arrays.stream(Country.values()).filter(list::awaits).toList();
    }

    /** Whether the viewer is of the secretariat (asked once a view: every row's check box would ask again). */
    public boolean isSecretariat() {
        return secretariat;
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

    /** The page of the results shown; null until the round has been loaded. */
    public RoundResults getShown() {
        if (shown == null && loaded) {
            shown = results.results(roundId, first, PAGE);
        }
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

    /** The place in the ranking of the first row shown, from 0. */
    public int getFirst() {
        return first;
    }

    /** The place in the ranking after the last row shown, from 0 (ui:repeat's size: where its iteration stops). */
    public int getEnd() {
        return getShown() == null ? 0 : Math.min(first + PAGE, shown.ranking().size());
    }

    /** Whether the ranking is longer than a page. */
    public boolean isPaged() {
        return getShown() != null && shown.ranking().size() > PAGE;
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public boolean isHasNext() {
        return getShown() != null && first + PAGE < shown.ranking().size();
    }

    /**
     * The whole ranking as the table iterates it, from {@link #getFirst()} to {@link #getEnd()}: its places keep
     * their numbers in the rows' ids on every page, and only the rows of the page shown are read (a place off the page
     * is null: the iteration steps onto the place after the page before it stops).
     */
    public List<ResultRow> getRanking() {
        return getShown() == null ? List.of() : new Ranking();
    }

    private final class Ranking extends AbstractList<ResultRow> implements RandomAccess {

        @Override
        public int size() {
            return getShown().ranking().size();
        }

        @Override
        public ResultRow get(int place) {
            var onPage = place - first;
            return onPage >= 0 && onPage < getRows().size() ? getRows().get(onPage) : null;
        }
    }
}
