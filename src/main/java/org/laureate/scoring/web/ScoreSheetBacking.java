package org.laureate.scoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.laureate.scoring.boundary.ScoreSheet;
import org.laureate.scoring.boundary.ScoringService;
import org.laureate.scoring.boundary.SheetRow;
import org.omnifaces.util.Messages;

/**
 * A member's score sheet of a round: every petition with the state of the member's own ballot, the progress, and the
 * declaration of a conflict of interest, whose reason is asked in a dialog.
 */
@Named
@ViewScoped
public class ScoreSheetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ScoringService scoring;

    @Inject
    MemberKeyring keyring;

    private Long round;
    private transient ScoreSheet sheet;
    private Long conflicted;
    private String conflictedNumber;
    private String reason;

    /** Loads the sheet of the round named by the view parameter, when the session holds the member's secret. */
    public void load() {
        keyring.secret().ifPresent(secret -> sheet = scoring.sheet(secret, round));
    }

    /** Opens the dialog that asks for the reason of a conflict of interest. */
    public void ask(SheetRow row) {
        conflicted = row.petition().id();
        conflictedNumber = row.petition().registrationNumber();
        reason = null;
    }

    public void declare() {
        scoring.declareConflict(keyring.secret().orElseThrow(), round, conflicted, reason);
        Messages.addGlobalInfo("scoring.conflict.declared", conflictedNumber);
        conflicted = null;
        reason = null;
        load();
    }

    /** The share of scorable petitions scored, in per cent. */
    public int getPercent() {
        return sheet == null || sheet.scorable() == 0 ? 0 : sheet.scored() * 100 / sheet.scorable();
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

    public ScoreSheet getSheet() {
        return sheet;
    }

    public String getConflictedNumber() {
        return conflictedNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
