package org.laureate.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.laureate.cycle.boundary.CycleForm;
import org.laureate.cycle.boundary.CycleService;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.cycle.entity.VoteMode;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * One cycle for the secretariat: a new one to create, a draft to revise, any cycle to read and to move through its
 * phases. A phase move is confirmed in a dialog that takes its reason.
 */
@Named
@ViewScoped
public class CycleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The moves the phase buttons offer. */
    public enum Move {
        ADVANCE,
        FORCE_CLOSE,
        CORRECT
    }

    @Inject
    CycleService cycles;

    private Long id;
    private AwardCycle cycle;
    private CycleForm form;
    private Move move;
    private CyclePhase correction;
    private String reason;

    /** Loads the cycle named by the view parameter, or starts a new one. */
    public void load() {
        if (id == null) {
            form = new CycleForm();
        } else {
            show(cycles.find(id));
        }
    }

    public String save() {
        if (cycle == null) {
            var created = cycles.create(form);
            Messages.addFlashGlobalInfo("cycle.created", created.getName());
            return "/cycle/cycle?faces-redirect=true&id=" + created.getId();
        }
        show(cycles.revise(cycle.getId(), cycle.getVersion(), form));
        Messages.addGlobalInfo("cycle.saved", cycle.getName());
        return null;
    }

    /** Opens the dialog for a move. */
    public void prepare(Move chosen) {
        move = chosen;
        reason = null;
        correction = cycle.getPhase().ordinal() == 0 ? getOtherPhases().get(0)
                : CyclePhase.values()[cycle.getPhase().ordinal() - 1];
    }

    /** Makes the move prepared in the dialog. */
    public void confirm() {
        var moved = switch (move) {
            case ADVANCE -> cycles.advance(cycle.getId(), cycle.getVersion(), reason);
            case FORCE_CLOSE -> cycles.forceCloseCall(cycle.getId(), cycle.getVersion(), reason);
            case CORRECT -> cycles.correct(cycle.getId(), cycle.getVersion(), correction, reason);
        };
        show(moved);
        Messages.addGlobalInfo("cycle.moved", cycle.getName(),
                Faces.getResourceBundle("i18n").getString("CyclePhase." + cycle.getPhase().name()));
    }

    private void show(AwardCycle shown) {
        cycle = shown;
        id = shown.getId();
        form = CycleForm.of(shown);
    }

    public boolean isEditable() {
        return cycle == null || cycle.getPhase() == CyclePhase.DRAFT;
    }

    /**
     * The phase an advance by hand leads to: announcing the call and closing it (R1.3); {@code null} after, when the
     * phase follows the steps (R1.12).
     */
    public CyclePhase getNextPhase() {
        return cycle.getPhase().next().filter(next -> next.compareTo(CyclePhase.CALL_CLOSED) <= 0).orElse(null);
    }

    /** The phases a correction may lead to, back or forward (R1.9). */
    public List<CyclePhase> getOtherPhases() {
        return cycle == null ? List.of()
                : Arrays.stream(CyclePhase.values()).filter(phase -> phase != cycle.getPhase()).toList();
    }

    /** Whether the move in the dialog needs a reason (forcing and correcting do). */
    public boolean isReasonRequired() {
        return move != null && move != Move.ADVANCE;
    }

    public ArtField[] getArtFields() {
        return ArtField.values();
    }

    public VoteMode[] getVoteModes() {
        return VoteMode.values();
    }

    public MajorityRule[] getMajorityRules() {
        return MajorityRule.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AwardCycle getCycle() {
        return cycle;
    }

    public CycleForm getForm() {
        return form;
    }

    public Move getMove() {
        return move;
    }

    public CyclePhase getCorrection() {
        return correction;
    }

    public void setCorrection(CyclePhase correction) {
        this.correction = correction;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
