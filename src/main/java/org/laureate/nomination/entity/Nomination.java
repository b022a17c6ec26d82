package org.laureate.nomination.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.organisation.entity.Organisation;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.platform.CountryName;

/**
 * A petition (ходатайство) of a nominating organisation: one author or collective, their work, the reasons for the
 * nomination and the materials. It is drafted, submitted while the call is open, and decided by the ministry of the
 * organisation's country.
 */
@Entity
@Table(name = "nomination")
@NamedQuery(name = Nomination.FIND_CURRENT_OF_ORGANISATION, query = "SELECT n FROM Nomination n"
        + " WHERE n.organisation = :organisation AND n.cycle = :cycle AND n.status <> :withdrawn ORDER BY n.id DESC")
@NamedQuery(name = Nomination.FIND_BY_ORGANISATION,
        query = "SELECT n FROM Nomination n WHERE n.organisation = :organisation ORDER BY n.createdAt DESC")
@NamedQuery(name = Nomination.MAX_SEQUENCE, query = "SELECT MAX(n.sequenceNumber) FROM Nomination n"
        + " WHERE n.cycle = :cycle AND n.country = :country")
@NamedQuery(name = Nomination.FIND_BY_COUNTRY_AND_STATUS, query = "SELECT n FROM Nomination n"
        + " WHERE n.country = :country AND n.status IN :statuses ORDER BY n.submittedAt DESC, n.id DESC")
public class Nomination implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_CURRENT_OF_ORGANISATION = "Nomination.findCurrentOfOrganisation";
    public static final String FIND_BY_ORGANISATION = "Nomination.findByOrganisation";
    public static final String MAX_SEQUENCE = "Nomination.maxSequence";
    public static final String FIND_BY_COUNTRY_AND_STATUS = "Nomination.findByCountryAndStatus";

    /** The only citizenships an author may hold (docs/domain.md, eligibility). */
    public static final Set<String> CITIZENSHIPS = Set.of(Country.BY.name(), Country.RU.name());

    private static final Set<NominationStatus> DRAFTING = EnumSet.of(NominationStatus.DRAFT, NominationStatus.RETURNED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id")
    private AwardCycle cycle;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private Country country;

    @Enumerated(EnumType.STRING)
    private NominationStatus status;

    @Column(name = "registration_number")
    private String registrationNumber;

    @Column(name = "sequence_number")
    private Integer sequenceNumber;

    /** "cycle:organisation" while the petition counts as the organisation's one petition of the cycle; unique. */
    @Column(name = "submitted_key")
    private String submittedKey;

    @Size(max = 500)
    @Column(name = "work_title")
    private String workTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "art_field")
    private ArtField artField;

    @Enumerated(EnumType.STRING)
    @Column(name = "publicity_form")
    private PublicityForm publicityForm;

    @Column(name = "made_public_on")
    private LocalDate madePublicOn;

    @Size(max = 8000)
    @Column(name = "work_description")
    private String workDescription;

    @Size(max = 20000)
    private String reasons;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Size(max = 2000)
    @Column(name = "decision_reason")
    private String decisionReason;

    @Valid
    @OneToMany(mappedBy = "nomination", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Nominee> nominees = new ArrayList<>();

    @OneToMany(mappedBy = "nomination", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Material> materials = new ArrayList<>();

    @Version
    private int version;

    protected Nomination() {
    }

    /** R4.1 Only an organisation verified by the ministry of its country nominates. */
    public static Nomination draft(AwardCycle cycle, Organisation organisation, Instant now) {
        if (!organisation.mayNominate()) {
            throw new BusinessException("nomination.error.organisationNotVerified");
        }
        if (!now.isBefore(cycle.getCallClosesAt())) {
            throw new BusinessException("nomination.error.callClosed");
        }
        var nomination = new Nomination();
        nomination.cycle = Objects.requireNonNull(cycle);
        nomination.organisation = organisation;
        nomination.country = organisation.getCountry();
        nomination.status = NominationStatus.DRAFT;
        nomination.createdAt = now;
        nomination.updatedAt = now;
        return nomination;
    }

    /** R4.2 The registration number: the cycle, the country, and the petition's number within them. */
    public static String registrationNumber(String cycleName, Country country, int sequence) {
        return String.format(Locale.ROOT, "%s/%s/%03d", cycleName.replace('–', '-'), country, sequence);
    }

    /**
     * R4.3 A petition can be changed while it is a draft or returned for correction, and after submission until the
     * call closes.
     */
    public boolean isEditableAt(Instant now) {
        boolean beforeClose = now.isBefore(cycle.getCallClosesAt());
        return beforeClose && (DRAFTING.contains(status) || status == NominationStatus.SUBMITTED);
    }

    private void requireEditable(Instant now) {
        if (!isEditableAt(now)) {
            throw new BusinessException("nomination.error.notEditable");
        }
        updatedAt = now;
    }

    public void describeWork(String title, ArtField field, PublicityForm form, LocalDate madePublic, String description,
            Instant now) {
        requireEditable(now);
        workTitle = Nominee.blankToNull(title);
        artField = field;
        publicityForm = form;
        madePublicOn = madePublic;
        workDescription = Nominee.blankToNull(description);
    }

    public void giveReasons(String text, Instant now) {
        requireEditable(now);
        reasons = Nominee.blankToNull(text);
    }

    /**
     * R4.4 Every author is a citizen of Belarus or of Russia; R4.5 a collective has no more members than the cycle
     * allows.
     */
    public Nominee addNominee(Nominee nominee, Instant now) {
        requireEditable(now);
        if (!CITIZENSHIPS.contains(nominee.getCitizenship())) {
            throw new BusinessException("nomination.error.citizenship", new CountryName(nominee.getCitizenship()));
        }
        if (nominees.size() >= cycle.getMaxCollectiveSize()) {
            throw new BusinessException("nomination.error.collectiveTooLarge", cycle.getMaxCollectiveSize());
        }
        nominee.attachTo(this, nominees.size());
        nominees.add(nominee);
        return nominee;
    }

    public void removeNominee(long nomineeId, Instant now) {
        requireEditable(now);
        nominees.removeIf(nominee -> Objects.equals(nominee.getId(), nomineeId));
        for (int i = 0; i < nominees.size(); i++) {
            nominees.get(i).attachTo(this, i);
        }
    }

    public Material addMaterial(Material material, Instant now) {
        requireEditable(now);
        material.attachTo(this);
        materials.add(material);
        return material;
    }

    public void removeMaterial(long materialId, Instant now) {
        requireEditable(now);
        materials.removeIf(material -> Objects.equals(material.getId(), materialId));
    }

    /** The bytes of the uploaded files, which the cycle's limit per petition caps. */
    public long uploadedBytes() {
        return materials.stream().mapToLong(Material::getSizeBytes).sum();
    }

    /**
     * R4.6 A petition is submitted only while the call is open; R4.7 it keeps its registration number when submitted
     * again after a correction.
     */
    public void submit(Instant now, int nextSequence) {
        if (!DRAFTING.contains(status)) {
            throw new BusinessException("nomination.error.alreadySubmitted");
        }
        if (!cycle.isCallOpenAt(now)) {
            throw new BusinessException("nomination.error.callClosed");
        }
        if (registrationNumber == null) {
            sequenceNumber = nextSequence;
            registrationNumber = registrationNumber(cycle.getName(), country, nextSequence);
        }
        submittedKey = cycle.getId() + ":" + organisation.getId();
        status = NominationStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
        decisionReason = null;
    }

    /** R4.8 An organisation may withdraw its petition, with a reason, until the ministry has decided on it. */
    public void withdraw(String reason, Instant now) {
        if (!DRAFTING.contains(status) && status != NominationStatus.SUBMITTED) {
            throw new BusinessException("nomination.error.notWithdrawable");
        }
        requireReason(reason);
        status = NominationStatus.WITHDRAWN;
        submittedKey = null;
        decisionReason = reason.strip();
        decidedAt = now;
        updatedAt = now;
    }

    /** R4.9 The ministry admits a submitted petition to the Expert Council. */
    public void admit(Instant now) {
        requireSubmitted();
        status = NominationStatus.ADMITTED;
        decisionReason = null;
        decidedAt = now;
        updatedAt = now;
    }

    /** R4.10 The ministry returns a submitted petition for correction, with a reason, only while the call is open. */
    public void returnForCorrection(String reason, Instant now) {
        requireSubmitted();
        requireReason(reason);
        if (!cycle.isCallOpenAt(now)) {
            throw new BusinessException("nomination.error.returnAfterClose");
        }
        status = NominationStatus.RETURNED;
        decisionReason = reason.strip();
        decidedAt = now;
        updatedAt = now;
    }

    /** R4.11 The ministry rejects a submitted petition, with a reason the organisation sees. */
    public void reject(String reason, Instant now) {
        requireSubmitted();
        requireReason(reason);
        status = NominationStatus.REJECTED;
        decisionReason = reason.strip();
        decidedAt = now;
        updatedAt = now;
    }

    private void requireSubmitted() {
        if (status != NominationStatus.SUBMITTED) {
            throw new BusinessException("nomination.error.notSubmitted");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("nomination.error.reasonRequired");
        }
    }

    /** Refuses a change made on the petition as it was before someone else changed it (R4.19). */
    public void requireVersion(int seen) {
        if (version != seen) {
            throw new OptimisticLockException(this);
        }
    }

    public Long getId() {
        return id;
    }

    public AwardCycle getCycle() {
        return cycle;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Country getCountry() {
        return country;
    }

    public NominationStatus getStatus() {
        return status;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getWorkTitle() {
        return workTitle;
    }

    public ArtField getArtField() {
        return artField;
    }

    public PublicityForm getPublicityForm() {
        return publicityForm;
    }

    public LocalDate getMadePublicOn() {
        return madePublicOn;
    }

    public String getWorkDescription() {
        return workDescription;
    }

    public String getReasons() {
        return reasons;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public List<Nominee> getNominees() {
        return Collections.unmodifiableList(nominees);
    }

    public List<Material> getMaterials() {
        return Collections.unmodifiableList(materials);
    }

    public int getVersion() {
        return version;
    }
}
