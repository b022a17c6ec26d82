package org.laureate.nomination.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.laureate.nomination.boundary.PetitionReview;
import org.laureate.nomination.boundary.PetitionReviewService;
import org.omnifaces.util.Messages;

/**
 * The ministry's review page: the petitions of its country awaiting a decision (or those decided), one petition with
 * its eligibility checks, and the decisions on it. A return or a rejection asks for the reason in a dialog.
 */
@Named
@ViewScoped
public class PetitionReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The decisions that need a reason. */
    public enum Reasoned {
        RETURN,
        REJECT
    }

    @Inject
    PetitionReviewService reviews;

    private boolean decided;
    private List<PetitionReview> list;
    private PetitionReview selected;
    private Reasoned pending;
    private String reason;

    @PostConstruct
    void load() {
        list = reviews.petitions(decided);
    }

    /** Shows the decided petitions instead of those awaiting a decision, or back. */
    public void filter() {
        selected = null;
        load();
    }

    public void show(long id) {
        selected = reviews.open(id);
    }

    public void close() {
        selected = null;
        load();
    }

    public void admit() {
        var nomination = reviews.admit(selected.getNomination().getId(), selected.getNomination().getVersion());
        Messages.addGlobalInfo("review.done.admitted", nomination.getRegistrationNumber());
        afterDecision(nomination.getId());
    }

    /** Opens the reason dialog for a return or a rejection. */
    public void ask(Reasoned decision) {
        pending = decision;
        reason = null;
    }

    public void decideWithReason() {
        var id = selected.getNomination().getId();
        var version = selected.getNomination().getVersion();
        var nomination = pending == Reasoned.RETURN ? reviews.returnForCorrection(id, version, reason)
                : reviews.reject(id, version, reason);
        Messages.addGlobalInfo(pending == Reasoned.RETURN ? "review.done.returned" : "review.done.rejected",
                nomination.getRegistrationNumber());
        pending = null;
        reason = null;
        afterDecision(id);
    }

    private void afterDecision(long id) {
        selected = reviews.open(id);
        load();
    }

    public boolean isDecided() {
        return decided;
    }

    public void setDecided(boolean decided) {
        this.decided = decided;
    }

    public List<PetitionReview> getList() {
        return list;
    }

    public PetitionReview getSelected() {
        return selected;
    }

    public Reasoned getPending() {
        return pending;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
