package org.laureate.decision.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.laureate.platform.BusinessException;

/**
 * A resolution on the prizes of a cycle, as the Councils' recorder enters it: its body, number, date, the scanned
 * document, and the nominees it approves.
 */
@Entity
@Table(name = "resolution")
@NamedQuery(name = Resolution.FIND_BY_CYCLE,
        query = "SELECT r FROM Resolution r WHERE r.cycleId = :cycleId ORDER BY r.body")
public class Resolution implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_CYCLE = "Resolution.findByCycle";
    public static final int NUMBER_MAX = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private long cycleId;

    @Enumerated(EnumType.STRING)
    private ResolutionBody body;

    private String number;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "agreed_by_belarus")
    private boolean agreedByBelarus;

    @Column(name = "agreed_by_russia")
    private boolean agreedByRussia;

    @Column(name = "document_name")
    private String documentName;

    @Column(name = "document_type")
    private String documentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] document;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "resolution_nomination", joinColumns = @JoinColumn(name = "resolution_id"))
    @Column(name = "nomination_id")
    private Set<Long> approved = new LinkedHashSet<>();

    @Version
    private int version;

    protected Resolution() {
    }

    /**
     * R13.1 A resolution approves at least one nominee, each among those put to it; R13.2 the Supreme State Council's
     * resolution needs the agreement of both member states.
     */
    public Resolution(long cycleId, ResolutionBody body, String number, LocalDate adoptedOn, boolean agreedByBelarus,
            boolean agreedByRussia, ScannedDocument scan, Collection<Long> approved, Collection<Long> putToIt,
            Instant now, String recordedBy) {
        if (approved.isEmpty() || !putToIt.containsAll(approved)) {
            throw new BusinessException("resolution.error.nominees");
        }
        if (body == ResolutionBody.SUPREME_STATE_COUNCIL && !(agreedByBelarus && agreedByRussia)) {
            throw new BusinessException("resolution.error.unanimity");
        }
        this.cycleId = cycleId;
        this.body = Objects.requireNonNull(body);
        this.number = Objects.requireNonNull(number).strip();
        this.adoptedOn = Objects.requireNonNull(adoptedOn);
        this.agreedByBelarus = agreedByBelarus;
        this.agreedByRussia = agreedByRussia;
        this.documentName = scan.fileName();
        this.documentType = scan.contentType();
        this.document = scan.content();
        this.approved.addAll(approved);
        this.recordedAt = now;
        this.recordedBy = Objects.requireNonNull(recordedBy);
    }

    public Long getId() {
        return id;
    }

    public long getCycleId() {
        return cycleId;
    }

    public ResolutionBody getBody() {
        return body;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public boolean isAgreedByBelarus() {
        return agreedByBelarus;
    }

    public boolean isAgreedByRussia() {
        return agreedByRussia;
    }

    public String getDocumentName() {
        return documentName;
    }

    public String getDocumentType() {
        return documentType;
    }

    public byte[] getDocument() {
        return document;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Set<Long> getApproved() {
        return Collections.unmodifiableSet(approved);
    }

    public int getVersion() {
        return version;
    }
}
