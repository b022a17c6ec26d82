package org.laureate.nomination.boundary;

import java.time.Instant;
import java.util.List;
import org.laureate.cycle.entity.ArtField;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.platform.Country;

/** One petition in the secretariat's list: what the list shows of it, read in one query. */
public class RegistryRow {

    private final long id;
    private final String cycleName;
    private final String registrationNumber;
    private final String workTitle;
    private final Country country;
    private final ArtField artField;
    private final NominationStatus status;
    private final Instant submittedAt;
    private final String organisationName;
    private List<String> nominees = List.of();

    public RegistryRow(Long id, String cycleName, String registrationNumber, String workTitle, Country country,
            ArtField artField, NominationStatus status, Instant submittedAt, String organisationName) {
        this.id = id;
        this.cycleName = cycleName;
        this.registrationNumber = registrationNumber;
        this.workTitle = workTitle;
        this.country = country;
        this.artField = artField;
        this.status = status;
        this.submittedAt = submittedAt;
        this.organisationName = organisationName;
    }

    void nominees(List<String> names) {
        nominees = List.copyOf(names);
    }

    public long getId() {
        return id;
    }

    public String getCycleName() {
        return cycleName;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getWorkTitle() {
        return workTitle;
    }

    public Country getCountry() {
        return country;
    }

    public ArtField getArtField() {
        return artField;
    }

    public NominationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    /** The authors' names in Russian, in the petition's order. */
    public List<String> getNominees() {
        return nominees;
    }

    /** The authors' names in one line. */
    public String getNomineeNames() {
        return String.join("; ", nominees);
    }
}
