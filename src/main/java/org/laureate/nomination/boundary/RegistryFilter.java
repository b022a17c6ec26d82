package org.laureate.nomination.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.laureate.cycle.entity.ArtField;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.platform.Country;

/** What the secretariat looks for among the petitions; an empty condition does not narrow the search. */
public class RegistryFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long cycleId;
    private Country country;
    private ArtField artField;
    private NominationStatus status;

    @Size(max = 200)
    private String text;

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public ArtField getArtField() {
        return artField;
    }

    public void setArtField(ArtField artField) {
        this.artField = artField;
    }

    public NominationStatus getStatus() {
        return status;
    }

    public void setStatus(NominationStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
