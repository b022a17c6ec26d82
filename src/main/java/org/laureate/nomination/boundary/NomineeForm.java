package org.laureate.nomination.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.laureate.nomination.entity.Nominee;

/** What an organisation enters for one author. */
public class NomineeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 300)
    private String fullNameRu;

    @Size(max = 300)
    private String fullNameBe;

    @NotNull
    @Past
    private LocalDate bornOn;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}")
    private String citizenship;

    @Size(max = 1000)
    private String postAndTitles;

    @Size(max = 8000)
    private String biography;

    public Nominee toNominee() {
        return new Nominee(fullNameRu.strip(), fullNameBe, bornOn, citizenship, postAndTitles, biography);
    }

    public String getFullNameRu() {
        return fullNameRu;
    }

    public void setFullNameRu(String fullNameRu) {
        this.fullNameRu = fullNameRu;
    }

    public String getFullNameBe() {
        return fullNameBe;
    }

    public void setFullNameBe(String fullNameBe) {
        this.fullNameBe = fullNameBe;
    }

    public LocalDate getBornOn() {
        return bornOn;
    }

    public void setBornOn(LocalDate bornOn) {
        this.bornOn = bornOn;
    }

    public String getCitizenship() {
        return citizenship;
    }

    public void setCitizenship(String citizenship) {
        this.citizenship = citizenship;
    }

    public String getPostAndTitles() {
        return postAndTitles;
    }

    public void setPostAndTitles(String postAndTitles) {
        this.postAndTitles = postAndTitles;
    }

    public String getBiography() {
        return biography;
    }

    public void setBiography(String biography) {
        this.biography = biography;
    }
}
