package org.laureate.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.laureate.platform.Country;

/** A nominating organisation: a creative union, a state body, a cultural institution … of Belarus or Russia. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.FIND_ALL, query = "SELECT o FROM Organisation o ORDER BY o.country, o.nameRu")
@NamedQuery(name = Organisation.COUNT_BY_COUNTRY_AND_STATUS,
        query = "SELECT o.country, o.status, COUNT(o) FROM Organisation o GROUP BY o.country, o.status")
public class Organisation {

    public static final String FIND_ALL = "Organisation.findAll";
    public static final String COUNT_BY_COUNTRY_AND_STATUS = "Organisation.countByCountryAndStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Size(max = 300)
    @Column(name = "name_ru")
    private String nameRu;

    @Size(max = 300)
    @Column(name = "name_be")
    private String nameBe;

    @NotNull
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Country country;

    @NotNull
    @Enumerated(EnumType.STRING)
    private OrganisationStatus status;

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(String nameRu, String nameBe, OrganisationKind kind, Country country) {
        this.nameRu = Objects.requireNonNull(nameRu);
        this.nameBe = nameBe == null || nameBe.isBlank() ? null : nameBe;
        this.kind = Objects.requireNonNull(kind);
        this.country = Objects.requireNonNull(country);
        this.status = OrganisationStatus.PENDING;
    }

    /** R2.1 The ministry of the organisation's country verifies it; only then may it nominate. */
    public void verify() {
        status = OrganisationStatus.VERIFIED;
    }

    public boolean mayNominate() {
        return status == OrganisationStatus.VERIFIED;
    }

    public Long getId() {
        return id;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameBe() {
        return nameBe;
    }

    /** The name in the reader's language: the Belarusian spelling for a Belarusian reader when there is one. */
    public String nameFor(String language) {
        return "be".equals(language) && nameBe != null ? nameBe : nameRu;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public Country getCountry() {
        return country;
    }

    public OrganisationStatus getStatus() {
        return status;
    }
}
