package org.laureate.nomination.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.laureate.cycle.entity.ArtField;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.PublicityForm;

/** What an organisation enters about the nominated work. */
public class WorkForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 500)
    private String title;

    @NotNull
    private ArtField artField;

    @NotNull
    private PublicityForm publicityForm;

    @NotNull
    @PastOrPresent
    private LocalDate madePublicOn;

    @Size(max = 8000)
    private String description;

    public static WorkForm of(Nomination nomination) {
        var form = new WorkForm();
        form.title = nomination.getWorkTitle();
        form.artField = nomination.getArtField();
        form.publicityForm = nomination.getPublicityForm();
        form.madePublicOn = nomination.getMadePublicOn();
        form.description = nomination.getWorkDescription();
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public ArtField getArtField() {
        return artField;
    }

    public void setArtField(ArtField artField) {
        this.artField = artField;
    }

    public PublicityForm getPublicityForm() {
        return publicityForm;
    }

    public void setPublicityForm(PublicityForm publicityForm) {
        this.publicityForm = publicityForm;
    }

    public LocalDate getMadePublicOn() {
        return madePublicOn;
    }

    public void setMadePublicOn(LocalDate madePublicOn) {
        this.madePublicOn = madePublicOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
