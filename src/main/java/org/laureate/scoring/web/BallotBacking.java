package org.laureate.scoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.scoring.boundary.MyBallot;
import org.laureate.scoring.boundary.ScoringService;
import org.laureate.scoring.boundary.SheetRow;
import org.laureate.scoring.entity.Criterion;

/**
 * A petition to score: the petition to read and the form of its ballot, a score per criterion of positive weight and
 * a private note. The form is the browser's: it keeps drafts and notes, and casts the ballot with the member's
 * credential to the anonymous ballot box; nothing of it comes back here.
 */
@Named
@ViewScoped
public class BallotBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScoringService scoring;

    private Long round;
    private Long petition;
    private transient MyBallot ballot;
    private Long previous;
    private Long next;

    /** Loads the petition named by the view parameters and its neighbours on the sheet. */
    public void load() {
        ballot = scoring.ballot(round, petition);
        var rows = scoring.sheet(round).rows().stream()
                .map(SheetRow::petition)
                .map(PetitionSummary::id)
                .toList();
        int at = rows.indexOf(petition);
        previous = at > 0 ? rows.get(at - 1) : null;
        next = at >= 0 && at < rows.size() - 1 ? rows.get(at + 1) : null;
    }

    /** The criteria the round weighs. */
    public List<Criterion> getCriteria() {
        return ballot == null ? List.of() : List.of(Criterion.values()).stream()
                .filter(criterion -> weight(criterion) > 0)
                .toList();
    }

    public int weight(Criterion criterion) {
        return ballot == null ? 0 : ballot.round().getWeights().getOrDefault(criterion, 0);
    }

    /** The points of the round's scale. */
    public List<Integer> getScale() {
        return ballot == null ? List.of()
                : IntStream.rangeClosed(ballot.round().getScaleMin(), ballot.round().getScaleMax()).boxed().toList();
    }

    /** Whether this ballot can be cast now: the round is open and the member is not recused. */
    public boolean isEditable() {
        return ballot != null && ballot.open() && ballot.recusal() == null;
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public Long getPetition() {
        return petition;
    }

    public void setPetition(Long petition) {
        this.petition = petition;
    }

    public MyBallot getBallot() {
        return ballot;
    }

    public Long getPrevious() {
        return previous;
    }

    public Long getNext() {
        return next;
    }
}
