package org.laureate.decision.web;

import jakarta.faces.event.ValueChangeEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.laureate.decision.boundary.CycleDecisions;
import org.laureate.decision.boundary.ResolutionService;
import org.laureate.decision.entity.Resolution;
import org.laureate.decision.entity.ScannedDocument;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.platform.BusinessException;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/**
 * Where a cycle stands after its final vote, for the secretariat, the co-chairs and the Councils' recorders: the
 * nominees with their documents, and, for a COUNCIL user, the forms that record the Council of Ministers' resolution
 * and then the Supreme State Council's, each with its scan.
 */
@Named
@ViewScoped
public class DecisionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResolutionService resolutions;

    private Long cycleId;
    /** Read again from the cycle on a server that took the session over (it holds optional resolutions). */
    private transient CycleDecisions decisions;
    private final Form ministers = new Form();
    private final Form supreme = new Form();
    private boolean agreedByBelarus;
    private boolean agreedByRussia;

    /**
     * The fields of one resolution's form. The scan is kept as soon as it arrives (R13.10), before the other fields
     * are checked, so that a refused submission neither drops it nor asks for it again; the nominees start unticked,
     * and a refusal keeps the user's ticks.
     */
    public static class Form implements Serializable {

        private static final long serialVersionUID = 1L;

        private String number;
        private LocalDate adoptedOn;
        private String scanName;
        private byte[] scanContent;
        private List<Long> approved = new ArrayList<>();

        ScannedDocument document() {
            if (scanContent == null) {
                throw new BusinessException("resolution.error.document");
            }
            return ScannedDocument.of(scanName, scanContent);
        }

        /** Keeps a scan chosen in the form; a submission without a new file keeps the one kept before. */
        public void keep(ValueChangeEvent event) {
            if (event.getNewValue() instanceof UploadedFile file && file.getSize() > 0) {
                scanName = file.getFileName();
                scanContent = file.getContent();
            }
        }

        /** The name of the scan kept, or {@code null} before one is chosen. */
        public String getScanName() {
            return scanName;
        }

        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public LocalDate getAdoptedOn() {
            return adoptedOn;
        }

        public void setAdoptedOn(LocalDate adoptedOn) {
            this.adoptedOn = adoptedOn;
        }

        public List<Long> getApproved() {
            return approved;
        }

        public void setApproved(List<Long> approved) {
            this.approved = approved;
        }
    }

    public void load() {
        show(resolutions.decisions(cycleId));
    }

    private void show(CycleDecisions shown) {
        decisions = shown;
    }

    /** Records the Council of Ministers' resolution. */
    public void recordMinisters() {
        var resolution = resolutions.recordMinisters(cycleId, ministers.getNumber(), ministers.getAdoptedOn(),
                ministers.document(), ministers.getApproved());
        Messages.addGlobalInfo("decisions.recorded", resolution.getNumber());
        show(resolutions.decisions(cycleId));
    }

    /** Records the Supreme State Council's resolution. */
    public void recordSupreme() {
        var resolution = resolutions.recordSupreme(cycleId, supreme.getNumber(), supreme.getAdoptedOn(),
                agreedByBelarus, agreedByRussia, supreme.document(), supreme.getApproved());
        Messages.addGlobalInfo("decisions.recorded", resolution.getNumber());
        show(resolutions.decisions(cycleId));
    }

    /** The nominees the Council of Ministers approved, among whom the Supreme State Council chooses. */
    public List<PetitionSummary> getApprovedByMinisters() {
        var approved = getDecisions().ministers().map(Resolution::getApproved).orElse(Set.of());
        return getDecisions().nominees().stream().filter(nominee -> approved.contains(nominee.id())).toList();
    }

    public int getScanLimit() {
        return ScannedDocument.MAX_BYTES;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public CycleDecisions getDecisions() {
        if (decisions == null && cycleId != null) {
            decisions = resolutions.decisions(cycleId);
        }
        return decisions;
    }

    public Form getMinisters() {
        return ministers;
    }

    public Form getSupreme() {
        return supreme;
    }

    public boolean isAgreedByBelarus() {
        return agreedByBelarus;
    }

    public void setAgreedByBelarus(boolean agreedByBelarus) {
        this.agreedByBelarus = agreedByBelarus;
    }

    public boolean isAgreedByRussia() {
        return agreedByRussia;
    }

    public void setAgreedByRussia(boolean agreedByRussia) {
        this.agreedByRussia = agreedByRussia;
    }
}
