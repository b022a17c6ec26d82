package org.laureate.scoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.laureate.scoring.boundary.BallotState;
import org.laureate.scoring.boundary.MyBallot;
import org.laureate.scoring.boundary.PetitionSummary;
import org.laureate.scoring.boundary.ScoringService;
import org.laureate.scoring.boundary.SheetRow;
import org.laureate.scoring.entity.Criterion;
import org.omnifaces.util.Messages;

/**
 * A member's ballot on one petition: the petition to read, a score per criterion of positive weight, a private note,
 * a draft to save and the ballot to cast (again, until the round closes), with the receipt code once cast.
 */
@Named
@ViewScoped
public class BallotBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScoringService scoring;

    @Inject
    MemberKeyring keyring;

    private Long round;
    private Long petition;
    private transient MyBallot ballot;
    private final Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
    private String note;
    private String receipt;
    private Long previous;
    private Long next;

    /** Loads the member's ballot named by the view parameters, when the session holds the member's secret. */
    public void load() {
        if (keyring.secret().isEmpty()) {
            return;
        }
        show();
        var rows = scoring.sheet(keyring.secret().get(), round).rows().stream()
                .map(SheetRow::petition)
                .map(PetitionSummary::id)
                .toList();
        int at = rows.indexOf(petition);
        previous = at > 0 ? rows.get(at - 1) : null;
        next = at >= 0 && at < rows.size() - 1 ? rows.get(at + 1) : null;
    }

    public void saveDraft() {
        scoring.draft(keyring.secret().orElseThrow(), round, petition, scores, note);
        Messages.addGlobalInfo("scoring.ballot.saved");
        show();
    }

    public void cast() {
        receipt = scoring.submit(keyring.secret().orElseThrow(), round, petition, scores, note);
        Messages.addGlobalInfo("scoring.ballot.castDone");
        show();
    }

    private void show() {
        ballot = scoring.ballot(keyring.secret().orElseThrow(), round, petition);
        scores.clear();
        scores.putAll(ballot.scores());
        note = ballot.note();
        if (ballot.receipt() != null) {
            receipt = ballot.receipt();
        }
    }

    /** Every criterion; the page shows those the round weighs. */
    public Criterion[] getCriteria() {
        return Criterion.values();
    }

    public int weight(Criterion criterion) {
        return ballot == null ? 0 : ballot.round().getWeights().getOrDefault(criterion, 0);
    }

    /** The points of the round's scale. */
    public List<Integer> getScale() {
        return ballot == null ? List.of()
                : IntStream.rangeClosed(ballot.round().getScaleMin(), ballot.round().getScaleMax()).boxed().toList();
    }

    /** Whether this ballot can be changed now: the round is open and the member is not recused nor locked out. */
    public boolean isEditable() {
        return ballot != null && ballot.open() && ballot.recusal() == null
                && ballot.state() != BallotState.SUBMITTED_EARLIER;
    }

    public boolean isSecretOpen() {
        return keyring.secret().isPresent();
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

    public Map<Criterion, Integer> getScores() {
        return scores;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReceipt() {
        return receipt;
    }

    public Long getPrevious() {
        return previous;
    }

    public Long getNext() {
        return next;
    }
}
