package org.laureate.scoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import org.laureate.scoring.boundary.CredentialOffer;
import org.laureate.scoring.boundary.CredentialService;
import org.laureate.scoring.boundary.ScoreSheet;
import org.laureate.scoring.boundary.ScoringService;
import org.laureate.scoring.boundary.SheetRow;
import org.omnifaces.util.Messages;

/**
 * A member's score sheet of a round: every petition with the member's recusal, the public keys the browser needs to
 * obtain the round's credentials, and the declaration of a conflict of interest, whose reason is asked in a dialog.
 * What the member has scored is shown by the browser, from what it keeps.
 */
@Named
@ViewScoped
public class ScoreSheetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScoringService scoring;

    @Inject
    CredentialService credentials;

    private Long round;
    private transient ScoreSheet sheet;
    private transient CredentialOffer offer;
    private Long conflicted;
    private String conflictedNumber;
    private String reason;

    /** Loads the sheet of the round named by the view parameter, and its credentials' keys while it is open. */
    public void load() {
        sheet = scoring.sheet(round);
        offer = sheet.open() ? credentials.offer(round) : null;
    }

    /** Opens the dialog that asks for the reason of a conflict of interest. */
    public void ask(SheetRow row) {
        conflicted = row.petition().id();
        conflictedNumber = row.petition().registrationNumber();
        reason = null;
    }

    public void declare() {
        scoring.declareConflict(round, conflicted, reason);
        Messages.addGlobalInfo("scoring.conflict.declared", conflictedNumber);
        reason = null;
        load();
    }

    /** The public keys of the petitions the member may score, by petition, as JSON for the browser. */
    public String getKeysJson() {
        var json = Json.createObjectBuilder();
        if (offer != null) {
            offer.publicKeys().forEach((petition, key) -> json.add(String.valueOf(petition), key));
        }
        return json.build().toString();
    }

    /** R9.30 Every petition's public key of the round, by petition, as JSON: the browser shows its fingerprint. */
    public String getRoundKeysJson() {
        var json = Json.createObjectBuilder();
        if (offer != null) {
            offer.roundKeys().forEach((petition, key) -> json.add(String.valueOf(petition), key));
        }
        return json.build().toString();
    }

    /** Each petition's registration number and title, by petition, as JSON for the browser's own records. */
    public String getPetitionsJson() {
        var json = Json.createObjectBuilder();
        if (sheet != null) {
            sheet.rows().forEach(row -> json.add(String.valueOf(row.petition().id()), Json.createObjectBuilder()
                    .add("number", row.petition().registrationNumber())
                    .add("title", row.petition().workTitle())));
        }
        return json.build().toString();
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

    public Long getConflicted() {
        return conflicted;
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
