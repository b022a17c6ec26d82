package org.laureate.organisation.entity;

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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;

/** A nominating organisation: a creative union, a state body, a cultural institution … of Belarus or Russia. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.FIND_ALL, query = "SELECT o FROM Organisation o ORDER BY o.country, o.nameRu")
@NamedQuery(name = Organisation.FIND_BY_COUNTRY, query = "SELECT o FROM Organisation o WHERE o.country = :country"
        + " ORDER BY o.nameRu")
@NamedQuery(name = Organisation.COUNT_BY_COUNTRY_AND_STATUS,
        query = "SELECT o.country, o.status, COUNT(o) FROM Organisation o GROUP BY o.country, o.status")
public class Organisation implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Organisation.findAll";
    public static final String FIND_BY_COUNTRY = "Organisation.findByCountry";
    public static final String COUNT_BY_COUNTRY_AND_STATUS = "Organisation.countByCountryAndStatus";

    /** A Belarusian registration number (УНП): nine digits. */
    public static final String LEGAL_NUMBER_BY = "\\d{9}";

    /** A Russian registration number (ОГРН): thirteen digits. */
    public static final String LEGAL_NUMBER_RU = "\\d{13}";

    /** The longest reason for a rejection. */
    public static final int REASON_MAX = 2000;

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

    @Size(max = 30)
    @Column(name = "legal_number")
    private String legalNumber;

    @Size(max = 500)
    private String address;

    @Size(max = 200)
    @Column(name = "contact_person")
    private String contactPerson;

    @Email
    @Size(max = 200)
    @Column(name = "contact_email")
    private String contactEmail;

    @Pattern(regexp = "ru|be|en")
    @Column(name = "contact_language")
    private String contactLanguage;

    @Size(max = REASON_MAX)
    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Version
    private int version;

    protected Organisation() {
    }

    /**
     * A new organisation, PENDING (R2.1), under its Russian and Belarusian names (R2.2: at least one; when only the
     * Belarusian one is given, it also stands as the Russian one).
     *
     * @throws BusinessException when neither name is given
     */
    public Organisation(String nameRu, String nameBe, OrganisationKind kind, Country country) {
        String russian = blankToNull(nameRu);
        String belarusian = blankToNull(nameBe);
        if (russian == null && belarusian == null) {
            throw new BusinessException("organisation.error.nameRequired");
        }
        this.nameRu = russian == null ? belarusian : russian;
        this.nameBe = belarusian;
        this.kind = Objects.requireNonNull(kind);
        this.country = Objects.requireNonNull(country);
        this.status = OrganisationStatus.PENDING;
    }

    /**
     * An organisation that registers itself, PENDING until the ministry of its country decides (R2.1), with its legal
     * details (R2.5).
     *
     * @param contactLanguage the language its contact reads mail in: {@code ru}, {@code be} or {@code en}
     * @param now             the instant of the registration
     */
    public static Organisation register(String nameRu, String nameBe, OrganisationKind kind, Country country,
            LegalDetails details, String contactLanguage, Instant now) {
        var organisation = new Organisation(nameRu, nameBe, kind, country);
        organisation.describe(details);
        organisation.contactLanguage = contactLanguage;
        organisation.registeredAt = Objects.requireNonNull(now);
        return organisation;
    }

    /**
     * R2.5 Records the legal details and the contact: all four are required, and the registration number has the form
     * of its country (nine digits in Belarus, thirteen in Russia).
     */
    public void describe(LegalDetails details) {
        String number = blankToNull(details.legalNumber());
        if (number == null || blankToNull(details.address()) == null || blankToNull(details.contactPerson()) == null
                || blankToNull(details.contactEmail()) == null) {
            throw new BusinessException("organisation.error.detailsRequired");
        }
        number = number.replaceAll("\\s", "");
        if (!number.matches(country == Country.BY ? LEGAL_NUMBER_BY : LEGAL_NUMBER_RU)) {
            throw new BusinessException("organisation.error.legalNumber." + country.name(), number);
        }
        legalNumber = number;
        address = details.address().strip();
        contactPerson = details.contactPerson().strip();
        contactEmail = details.contactEmail().strip();
    }

    /** R2.1, R2.3 The ministry of the organisation's country verifies a PENDING organisation; then it may nominate. */
    public void verify() {
        requirePending();
        status = OrganisationStatus.VERIFIED;
        decisionReason = null;
    }

    /** R2.3, R2.4 The ministry rejects a PENDING organisation, with a reason that the organisation reads. */
    public void reject(String reason) {
        requirePending();
        if (blankToNull(reason) == null) {
            throw new BusinessException("organisation.error.reasonRequired");
        }
        status = OrganisationStatus.REJECTED;
        decisionReason = reason.strip();
    }

    private void requirePending() {
        if (status != OrganisationStatus.PENDING) {
            throw new BusinessException("organisation.error.decided", status);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    public String getLegalNumber() {
        return legalNumber;
    }

    public String getAddress() {
        return address;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    /** The language the contact reads mail in ({@code ru} unless they chose another). */
    public String getContactLanguage() {
        return contactLanguage == null ? "ru" : contactLanguage;
    }

    /** Why the ministry rejected the organisation; {@code null} unless it did. */
    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public int getVersion() {
        return version;
    }
}
