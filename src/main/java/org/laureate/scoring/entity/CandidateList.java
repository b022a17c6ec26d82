package org.laureate.scoring.entity;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;

/**
 * The list of candidates (соискатели) drawn from a round's ranking: proposed by the secretariat, confirmed by both
 * co-chairs, then published for public discussion.
 */
@Entity
@Table(name = "candidate_list")
@NamedQuery(name = CandidateList.FIND_BY_ROUND, query = "SELECT l FROM CandidateList l WHERE l.roundId = :roundId")
@NamedQuery(name = CandidateList.FIND_PUBLISHED, query = "SELECT l FROM CandidateList l"
        + " WHERE l.status = org.laureate.scoring.entity.CandidateListStatus.PUBLISHED ORDER BY l.publishedAt DESC")
public class CandidateList implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ROUND = "CandidateList.findByRound";
    public static final String FIND_PUBLISHED = "CandidateList.findPublished";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Enumerated(EnumType.STRING)
    private CandidateListStatus status;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "candidate", joinColumns = @JoinColumn(name = "list_id"))
    @OrderColumn(name = "position")
    @Column(name = "nomination_id")
    private List<Long> nominationIds = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "candidate_confirmation", joinColumns = @JoinColumn(name = "list_id"))
    @MapKeyColumn(name = "country")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "account_id")
    private Map<Country, Long> confirmations = new EnumMap<>(Country.class);

    @Version
    private int version;

    protected CandidateList() {
    }

    public CandidateList(long roundId, List<Long> candidates, Instant now) {
        this.roundId = roundId;
        propose(candidates, now);
    }

    /**
     * R10.1 The secretariat proposes at least one candidate, each once; R10.2 a new proposal replaces the old one and
     * asks both co-chairs again; a published list is not changed.
     */
    public void propose(List<Long> candidates, Instant now) {
        if (status == CandidateListStatus.PUBLISHED) {
            throw new BusinessException("candidates.error.published");
        }
        if (candidates.isEmpty() || new LinkedHashSet<>(candidates).size() != candidates.size()) {
            throw new BusinessException("candidates.error.empty");
        }
        nominationIds.clear();
        nominationIds.addAll(candidates);
        confirmations.clear();
        status = CandidateListStatus.PROPOSED;
        proposedAt = now;
        publishedAt = null;
    }

    /** R10.3 Each co-chair confirms the proposal once, for their country; with both it is confirmed. */
    public void confirm(Country country, long accountId) {
        if (status != CandidateListStatus.PROPOSED) {
            throw new BusinessException("candidates.error.notProposed");
        }
        if (confirmations.containsKey(country)) {
            throw new BusinessException("candidates.error.alreadyConfirmed");
        }
        confirmations.put(country, accountId);
        if (confirmations.keySet().containsAll(List.of(Country.values()))) {
            status = CandidateListStatus.CONFIRMED;
        }
    }

    /** R10.4 Only a list both co-chairs confirmed is published. */
    public void publish(Instant now) {
        if (status != CandidateListStatus.CONFIRMED) {
            throw new BusinessException("candidates.error.notConfirmed");
        }
        status = CandidateListStatus.PUBLISHED;
        publishedAt = now;
    }

    /** Whether the proposal awaits the confirmation of the co-chair from {@code country} (R10.3). */
    public boolean awaits(Country country) {
        return status == CandidateListStatus.PROPOSED && !confirmations.containsKey(country);
    }

    public boolean isConfirmedBy(Country country) {
        return confirmations.containsKey(country);
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public CandidateListStatus getStatus() {
        return status;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<Long> getNominationIds() {
        return Collections.unmodifiableList(nominationIds);
    }

    public int getVersion() {
        return version;
    }
}
