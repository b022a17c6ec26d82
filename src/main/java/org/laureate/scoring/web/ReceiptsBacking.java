package org.laureate.scoring.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.laureate.scoring.boundary.MyReceipt;
import org.laureate.scoring.boundary.ScoringService;
import org.laureate.scoring.entity.Criterion;

/** A member's own receipts of a round: each cast ballot's receipt code, the hash the board shows, the scores. */
@Named
@RequestScoped
public class ReceiptsBacking {

    @Inject
    ScoringService scoring;

    @Inject
    MemberKeyring keyring;

    private Long round;
    private List<MyReceipt> receipts;

    /** Loads the receipts of the round named by the view parameter, when the session holds the member's secret. */
    public void load() {
        keyring.secret().ifPresent(secret -> receipts = scoring.receipts(secret, round));
    }

    public Criterion[] getCriteria() {
        return Criterion.values();
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

    public List<MyReceipt> getReceipts() {
        return receipts;
    }
}
