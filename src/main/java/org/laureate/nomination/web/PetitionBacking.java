package org.laureate.nomination.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.laureate.cycle.entity.ArtField;
import org.laureate.nomination.boundary.NominationService;
import org.laureate.nomination.boundary.NomineeForm;
import org.laureate.nomination.boundary.WorkForm;
import org.laureate.nomination.control.EligibilityCheck;
import org.laureate.nomination.entity.Material;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.Nominee;
import org.laureate.nomination.entity.PublicityForm;
import org.laureate.platform.web.LanguageBacking;
import org.omnifaces.util.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * The organisation's petition, step by step: authors, work, reasons, materials, then review and submission. Each step
 * is saved as a draft when the user saves it.
 */
@Named
@ViewScoped
public class PetitionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NominationService nominations;

    @Inject
    Clock clock;

    @Inject
    LanguageBacking language;

    private Nomination nomination;
    private WorkForm work = new WorkForm();
    private NomineeForm nominee = new NomineeForm();
    private String reasons;
    private String linkTitle;
    private String linkUrl;
    private String withdrawReason;
    private int step;

    @PostConstruct
    void load() {
        nominations.current().ifPresent(this::show);
    }

    private void show(Nomination current) {
        nomination = current;
        work = WorkForm.of(current);
        reasons = current.getReasons();
    }

    public void start() {
        show(nominations.start());
    }

    public void addNominee() {
        show(nominations.addNominee(nomination.getId(), nomination.getVersion(), nominee));
        nominee = new NomineeForm();
        Messages.addGlobalInfo("petition.saved");
    }

    public void removeNominee(Nominee author) {
        show(nominations.removeNominee(nomination.getId(), nomination.getVersion(), author.getId()));
    }

    public void saveWork() {
        show(nominations.describeWork(nomination.getId(), nomination.getVersion(), work));
        Messages.addGlobalInfo("petition.saved");
    }

    public void saveReasons() {
        show(nominations.giveReasons(nomination.getId(), nomination.getVersion(), reasons));
        Messages.addGlobalInfo("petition.saved");
    }

    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        var name = file.getFileName();
        var title = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        show(nominations.attach(nomination.getId(), nomination.getVersion(), title, name, file.getContent()));
        Messages.addGlobalInfo("petition.saved");
    }

    public void addLink() {
        show(nominations.link(nomination.getId(), nomination.getVersion(), linkTitle, linkUrl));
        linkTitle = null;
        linkUrl = null;
        Messages.addGlobalInfo("petition.saved");
    }

    public void removeMaterial(Material material) {
        show(nominations.removeMaterial(nomination.getId(), nomination.getVersion(), material.getId()));
    }

    public void submit() {
        show(nominations.submit(nomination.getId(), nomination.getVersion()));
        Messages.addGlobalInfo("petition.submitted", nomination.getRegistrationNumber());
    }

    public void withdraw() {
        nominations.withdraw(nomination.getId(), nomination.getVersion(), withdrawReason);
        nomination = null;
        withdrawReason = null;
        Messages.addGlobalInfo("petition.withdrawn");
    }

    public boolean isEditable() {
        return nomination != null && nomination.isEditableAt(clock.instant());
    }

    public List<EligibilityCheck> getChecks() {
        return nomination == null ? List.of() : nominations.checks(nomination.getId());
    }

    /** Every country, Belarus and Russia first, named in the reader's language. */
    public List<SelectItem> getCitizenships() {
        List<SelectItem> items = new ArrayList<>();
        for (String code : List.of("BY", "RU")) {
            items.add(new SelectItem(code, language.countryName(code)));
        }
        Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
                .filter(code -> !code.equals("BY") && !code.equals("RU"))
                .map(code -> new SelectItem(code, language.countryName(code)))
                .sorted(Comparator.comparing(SelectItem::getLabel))
                .forEach(items::add);
        return items;
    }

    public List<ArtField> getArtFields() {
        return nomination == null ? List.of() : nomination.getCycle().getArtFields().stream().sorted().toList();
    }

    public PublicityForm[] getPublicityForms() {
        return PublicityForm.values();
    }

    public Nomination getNomination() {
        return nomination;
    }

    public WorkForm getWork() {
        return work;
    }

    public NomineeForm getNominee() {
        return nominee;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getLinkTitle() {
        return linkTitle;
    }

    public void setLinkTitle(String linkTitle) {
        this.linkTitle = linkTitle;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }

    public int getStep() {
        return step;
    }

    public void setStep(int step) {
        this.step = step;
    }
}
