package org.laureate.publication.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.laureate.cycle.entity.ArtField;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;

/**
 * One laureate work of a cycle, awarded by the Supreme State Council's resolution: the work, its authors, the art
 * field and the resolution. R14.1 It is recorded first and shown to nobody but the secretariat until it is published;
 * R14.3 once published it is never edited, only amended, each amendment kept with its reason.
 *
 * <p>A historical award (a cycle before this platform) has no cycle row and no nomination, and may lack what the
 * sources do not give: the art field, the resolution's number or date, an author's country.
 */
@Entity
@Table(name = "award")
@NamedQuery(name = Award.FIND_BY_CYCLE_AND_STATE, query = "SELECT a FROM Award a WHERE a.cycleId = :cycleId"
        + " AND a.state = :state ORDER BY a.seq")
@NamedQuery(name = Award.FIND_BY_STATE, query = "SELECT a FROM Award a WHERE a.state = :state"
        + " ORDER BY a.cycleName DESC, a.seq")
@NamedQuery(name = Award.FIND_PUBLISHED_OF_CYCLE, query = "SELECT a FROM Award a WHERE a.cycleName = :cycleName"
        + " AND a.state = org.laureate.publication.entity.AwardState.PUBLISHED ORDER BY a.seq, a.id")
@NamedQuery(name = Award.MAX_SEQ_OF_CYCLE, query = "SELECT MAX(a.seq) FROM Award a WHERE a.cycleName = :cycleName")
public class Award implements Serializable {

    public static final String FIND_BY_CYCLE_AND_STATE = "Award.findByCycleAndState";
    public static final String FIND_BY_STATE = "Award.findByState";
    public static final String FIND_PUBLISHED_OF_CYCLE = "Award.findPublishedOfCycle";
    public static final String MAX_SEQ_OF_CYCLE = "Award.maxSeqOfCycle";
    public static final int TITLE_MAX = 1000;
    public static final int NUMBER_MAX = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_name")
    private String cycleName;

    @Column(name = "cycle_id")
    private Long cycleId;

    @Column(name = "nomination_id")
    private Long nominationId;

    private int seq;

    @Column(name = "work_title")
    private String workTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "art_field")
    private ArtField artField;

    @Column(name = "resolution_number")
    private String resolutionNumber;

    @Column(name = "resolution_date")
    private LocalDate resolutionDate;

    @Enumerated(EnumType.STRING)
    private AwardState state;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "award_author", joinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "seq")
    private List<AwardAuthor> authors = new ArrayList<>();

    @OneToMany(mappedBy = "award", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("amendedAt, id")
    private List<Amendment> amendments = new ArrayList<>();

    @Version
    private int version;

    protected Award() {
    }

    /**
     * R14.1 An award as the Supreme State Council's resolution makes it: recorded, not yet public.
     *
     * @param seq its place among the cycle's awards, from 1
     */
    public static Award recorded(long cycleId, String cycleName, long nominationId, int seq, String workTitle,
            ArtField artField, List<AwardAuthor> authors, String resolutionNumber, LocalDate resolutionDate) {
        if (authors.isEmpty()) {
            throw new BusinessException("laureates.error.noAuthors");
        }
        var award = new Award();
        award.cycleId = cycleId;
        award.cycleName = Objects.requireNonNull(cycleName);
        award.nominationId = nominationId;
        award.seq = seq;
        award.workTitle = required(workTitle, TITLE_MAX);
        award.artField = Objects.requireNonNull(artField);
        award.authors.addAll(authors);
        award.resolutionNumber = optional(resolutionNumber, NUMBER_MAX);
        award.resolutionDate = Objects.requireNonNull(resolutionDate);
        award.state = AwardState.RECORDED;
        return award;
    }

    /** R14.4 The secretariat publishes a recorded award: from now on the public reads it. */
    public void publish(Instant now) {
        if (state != AwardState.RECORDED) {
            throw new BusinessException("laureates.error.published");
        }
        state = AwardState.PUBLISHED;
        publishedAt = Objects.requireNonNull(now);
    }

    /**
     * R14.3 Corrects a published award: the change is applied and kept, with the value before, the reason, the time and
     * the actor, in the award's history. A recorded award is not amended (a new recording replaces it); a correction
     * needs a reason and must change something.
     *
     * @param author the author's position (from 0) for a field of an author, otherwise ignored
     * @param value  the new value as text: an {@link ArtField} or {@link Country} name, an ISO date; blank for "none"
     *               where the field may be empty
     */
    public Amendment amend(AwardField field, Integer author, String value, String reason, Instant now, String actor) {
        if (state != AwardState.PUBLISHED) {
            throw new BusinessException("laureates.error.notPublished");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("laureates.error.reasonRequired");
        }
        if (reason.strip().length() > Amendment.REASON_MAX) {
            throw new BusinessException("laureates.error.value");
        }
        Objects.requireNonNull(field);
        Integer index = field.isOfAuthor() ? authorIndex(author) : null;
        var before = valueOf(field, index);
        apply(field, index, value);
        var after = valueOf(field, index);
        if (Objects.equals(before, after)) {
            throw new BusinessException("laureates.error.unchanged");
        }
        var amendment = new Amendment(this, field, index, before, after, reason.strip(), now,
                Objects.requireNonNull(actor));
        amendments.add(amendment);
        return amendment;
    }

    private int authorIndex(Integer author) {
        if (author == null || author < 0 || author >= authors.size()) {
            throw new BusinessException("laureates.error.author");
        }
        return author;
    }

    private void apply(AwardField field, Integer index, String value) {
        switch (field) {
            case WORK_TITLE -> workTitle = required(value, TITLE_MAX);
            case ART_FIELD -> artField = parse(ArtField.class, value);
            case RESOLUTION_NUMBER -> resolutionNumber = optional(value, NUMBER_MAX);
            case RESOLUTION_DATE -> resolutionDate = date(value);
            case AUTHOR_NAME_RU -> authors.set(index, authors.get(index).withNameRu(value));
            case AUTHOR_NAME_BE -> authors.set(index, authors.get(index).withNameBe(value));
            case AUTHOR_COUNTRY -> authors.set(index, authors.get(index).withCountry(parse(Country.class, value)));
            default -> throw new IllegalArgumentException(field.name());
        }
    }

    /** The current value of a field as text, as an amendment records it. */
    public String valueOf(AwardField field, Integer index) {
        Object value = switch (field) {
            case WORK_TITLE -> workTitle;
            case ART_FIELD -> artField;
            case RESOLUTION_NUMBER -> resolutionNumber;
            case RESOLUTION_DATE -> resolutionDate;
            case AUTHOR_NAME_RU -> authors.get(index).getNameRu();
            case AUTHOR_NAME_BE -> authors.get(index).getNameBe();
            case AUTHOR_COUNTRY -> authors.get(index).getCountry();
        };
        return value == null ? null : value.toString();
    }

    static String required(String value, int max) {
        var text = optional(value, max);
        if (text == null) {
            throw new BusinessException("laureates.error.value");
        }
        return text;
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var text = value.strip();
        if (text.length() > max) {
            throw new BusinessException("laureates.error.value");
        }
        return text;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new BusinessException("laureates.error.value");
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException("laureates.error.value");
        }
    }

    /** Whether this award belongs to a cycle before the platform, loaded from the archive. */
    public boolean isHistorical() {
        return cycleId == null;
    }

    public boolean isPublished() {
        return state == AwardState.PUBLISHED;
    }

    public boolean isAmended() {
        return !amendments.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public String getCycleName() {
        return cycleName;
    }

    public Long getCycleId() {
        return cycleId;
    }

    public Long getNominationId() {
        return nominationId;
    }

    public int getSeq() {
        return seq;
    }

    public String getWorkTitle() {
        return workTitle;
    }

    public ArtField getArtField() {
        return artField;
    }

    public String getResolutionNumber() {
        return resolutionNumber;
    }

    public LocalDate getResolutionDate() {
        return resolutionDate;
    }

    public AwardState getState() {
        return state;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<AwardAuthor> getAuthors() {
        return Collections.unmodifiableList(authors);
    }

    public List<Amendment> getAmendments() {
        return Collections.unmodifiableList(amendments);
    }

    public int getVersion() {
        return version;
    }
}
