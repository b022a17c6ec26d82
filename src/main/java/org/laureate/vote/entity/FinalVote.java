package org.laureate.vote.entity;

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
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.platform.BusinessException;

/**
 * The Expert Council's final vote on the finalists of a cycle, at its final meeting, or a run-off among the petitions
 * tied at the boundary of an earlier vote.
 */
@Entity
@Table(name = "final_vote")
@NamedQuery(name = FinalVote.FIND_BY_CYCLE,
        query = "SELECT v FROM FinalVote v WHERE v.cycleId = :cycleId ORDER BY v.id DESC")
@NamedQuery(name = FinalVote.FIND_BY_CYCLES,
        query = "SELECT v FROM FinalVote v WHERE v.cycleId IN :cycleIds ORDER BY v.id DESC")
public class FinalVote implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_CYCLE = "FinalVote.findByCycle";
    public static final String FIND_BY_CYCLES = "FinalVote.findByCycles";
    public static final int PLACE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id")
    private long cycleId;

    @Column(name = "run_off_of")
    private Long runOffOf;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "vote_mode")
    private VoteMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "majority_rule")
    private MajorityRule majority;

    private int seats;

    @Enumerated(EnumType.STRING)
    private VoteStatus status;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "final_vote_petition", joinColumns = @JoinColumn(name = "vote_id"))
    @Column(name = "nomination_id")
    private Set<Long> finalists = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "final_vote_presence", joinColumns = @JoinColumn(name = "vote_id"))
    @Column(name = "member_id")
    private Set<Long> present = new LinkedHashSet<>();

    @Version
    private int version;

    protected FinalVote() {
    }

    /** R12.1 A vote puts at least one finalist to the council for at least one prize, at a dated meeting. */
    public FinalVote(long cycleId, Long runOffOf, LocalDate heldOn, String place, VoteMode mode, MajorityRule majority,
            int seats, Collection<Long> finalists) {
        if (finalists.isEmpty() || seats < 1) {
            throw new BusinessException("vote.error.finalists");
        }
        this.cycleId = cycleId;
        this.runOffOf = runOffOf;
        this.heldOn = Objects.requireNonNull(heldOn);
        this.place = Objects.requireNonNull(place).strip();
        this.mode = Objects.requireNonNull(mode);
        this.majority = Objects.requireNonNull(majority);
        this.seats = seats;
        this.finalists.addAll(finalists);
        this.status = VoteStatus.PREPARED;
    }

    /** R12.2 Presence is registered, and corrected, only before the vote opens. */
    public void registerPresence(Collection<Long> memberIds) {
        if (status != VoteStatus.PREPARED) {
            throw new BusinessException("vote.error.notPrepared");
        }
        present.clear();
        present.addAll(memberIds);
    }

    /**
     * R12.3 The vote opens only with a quorum: at least {@code numerator / denominator} of the whole council present.
     */
    public void open(int councilSize, int quorumNumerator, int quorumDenominator, Instant now) {
        if (status != VoteStatus.PREPARED) {
            throw new BusinessException("vote.error.notPrepared");
        }
        if ((long) present.size() * quorumDenominator < (long) councilSize * quorumNumerator) {
            throw new BusinessException("vote.error.noQuorum", present.size(), councilSize, quorumNumerator,
                    quorumDenominator);
        }
        status = VoteStatus.OPEN;
        openedAt = now;
    }

    /** R12.4 The secretariat closes an open vote. */
    public void close(Instant now) {
        if (status != VoteStatus.OPEN) {
            throw new BusinessException("vote.error.notOpen");
        }
        status = VoteStatus.CLOSED;
        closedAt = now;
    }

    public boolean isPresent(long memberId) {
        return present.contains(memberId);
    }

    public boolean isOpen() {
        return status == VoteStatus.OPEN;
    }

    public boolean isClosed() {
        return status == VoteStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public long getCycleId() {
        return cycleId;
    }

    public Long getRunOffOf() {
        return runOffOf;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public VoteMode getMode() {
        return mode;
    }

    public MajorityRule getMajority() {
        return majority;
    }

    public int getSeats() {
        return seats;
    }

    public VoteStatus getStatus() {
        return status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Set<Long> getFinalists() {
        return Collections.unmodifiableSet(finalists);
    }

    public Set<Long> getPresent() {
        return Collections.unmodifiableSet(present);
    }

    public int getVersion() {
        return version;
    }
}
