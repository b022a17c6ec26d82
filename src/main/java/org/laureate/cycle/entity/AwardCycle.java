package org.laureate.cycle.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.laureate.platform.BusinessException;
import org.laureate.platform.CapitalTime;

/**
 * One award cycle of the prize, named for its two years ("2025–2026"), with its calendar and the rules that its
 * later phases read.
 */
@Entity
@Table(name = "award_cycle")
@NamedQuery(name = AwardCycle.FIND_ALL, query = "SELECT c FROM AwardCycle c ORDER BY c.callOpensAt DESC")
@NamedQuery(name = AwardCycle.FIND_BY_NAME, query = "SELECT c FROM AwardCycle c WHERE c.name = :name")
@NamedQuery(name = AwardCycle.FIND_CURRENT,
        query = "SELECT c FROM AwardCycle c WHERE c.phase <> :draft ORDER BY c.callOpensAt DESC")
@NamedQuery(name = AwardCycle.FIND_CURRENT_HEADING, query = "SELECT NEW org.laureate.cycle.entity.CycleHeading(c.name,"
        + " c.phase) FROM AwardCycle c WHERE c.phase <> :draft ORDER BY c.callOpensAt DESC")
@NamedQuery(name = AwardCycle.FIND_HEADING, query = "SELECT NEW org.laureate.cycle.entity.CycleHeading(c.name, c.phase)"
        + " FROM AwardCycle c WHERE c.id = :id AND c.phase <> :draft")
@NamedQuery(name = AwardCycle.MIN_BALLOTS, query = "SELECT c.minBallots FROM AwardCycle c WHERE c.id = :id")
@NamedQuery(name = AwardCycle.FIND_DUE_TO_CLOSE,
        query = "SELECT c.id FROM AwardCycle c WHERE c.phase = :open AND c.callClosesAt <= :now")
@NamedQuery(name = AwardCycle.CLOSE_CALL, query = "UPDATE AwardCycle c SET c.phase = :closed,"
        + " c.version = c.version + 1 WHERE c.id = :id AND c.phase = :open AND c.callClosesAt <= :now")
public class AwardCycle implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "AwardCycle.findAll";
    public static final String FIND_CURRENT = "AwardCycle.findCurrent";
    public static final String FIND_BY_NAME = "AwardCycle.findByName";
    /** The current cycle's {@link CycleHeading}: its name and phase only. */
    public static final String FIND_CURRENT_HEADING = "AwardCycle.findCurrentHeading";
    /** An announced cycle's {@link CycleHeading} by its id. */
    public static final String FIND_HEADING = "AwardCycle.findHeading";
    /** A cycle's k, the fewest ballots for a petition's figures to be shown, by the cycle's id. */
    public static final String MIN_BALLOTS = "AwardCycle.minBallots";
    public static final String FIND_DUE_TO_CLOSE = "AwardCycle.findDueToClose";
    /** R1.13 Closes a call that is due, only if no one closed it first: the update counts one row, or none. */
    public static final String CLOSE_CALL = "AwardCycle.closeCall";

    /** Both capitals, Minsk and Moscow, keep UTC+3; the calendar's dates are theirs. */
    public static final ZoneId CAPITALS = CapitalTime.ZONE;

    public static final int DEFAULT_PRIZE_COUNT = 3;
    public static final int DEFAULT_MAX_COLLECTIVE = 10;
    public static final int DEFAULT_MIN_BALLOTS = 3;

    /** The milestones without which a call is not announced (R1.7). */
    public static final Set<Milestone> REQUIRED_MILESTONES = Collections.unmodifiableSet(EnumSet.of(
            Milestone.EXPERT_FIRST_MEETING, Milestone.EXPERT_FINAL_MEETING, Milestone.SUPREME_STATE_COUNCIL));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Pattern(regexp = CycleTerms.NAME_PATTERN)
    private String name;

    @Min(1)
    @Max(20)
    @Column(name = "prize_count")
    private int prizeCount;

    @NotNull
    @Column(name = "call_opens_at")
    private Instant callOpensAt;

    @NotNull
    @Column(name = "call_closes_at")
    private Instant callClosesAt;

    @NotNull
    @Column(name = "publicity_cutoff")
    private LocalDate publicityCutoff;

    @Min(1)
    @Max(100)
    @Column(name = "max_collective_size")
    private int maxCollectiveSize;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "vote_mode")
    private VoteMode voteMode = VoteMode.APPROVAL;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "majority_rule")
    private MajorityRule majorityRule = MajorityRule.OF_PRESENT;

    @Min(1)
    @Column(name = "quorum_numerator")
    private int quorumNumerator;

    @Min(1)
    @Column(name = "quorum_denominator")
    private int quorumDenominator;

    @Min(1)
    @Column(name = "min_ballots")
    private int minBallots;

    @NotNull
    @Enumerated(EnumType.STRING)
    private CyclePhase phase;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cycle_milestone", joinColumns = @JoinColumn(name = "cycle_id"))
    @MapKeyColumn(name = "milestone")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "due_on")
    private Map<Milestone, LocalDate> milestones = new EnumMap<>(Milestone.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cycle_art_field", joinColumns = @JoinColumn(name = "cycle_id"))
    @Column(name = "art_field")
    @Enumerated(EnumType.STRING)
    private Set<ArtField> artFields = EnumSet.noneOf(ArtField.class);

    @Version
    private int version;

    protected AwardCycle() {
    }

    /**
     * A cycle for the two years starting with {@code firstYear}, with the published rule for its call (R1.1): it opens
     * on 1 October of the year before, closes at the end of 31 January of its first year, and admits works made public
     * by 1 March of the year the call opens; three prizes, collectives of up to ten, quorum two thirds, at least three
     * ballots.
     */
    public static AwardCycle forYears(int firstYear) {
        var cycle = new AwardCycle();
        cycle.name = firstYear + "–" + (firstYear + 1);
        cycle.prizeCount = DEFAULT_PRIZE_COUNT;
        cycle.callOpensAt = LocalDate.of(firstYear - 1, 10, 1).atStartOfDay(CAPITALS).toInstant();
        cycle.callClosesAt = LocalDate.of(firstYear, 2, 1).atStartOfDay(CAPITALS).toInstant();
        cycle.publicityCutoff = LocalDate.of(firstYear - 1, 3, 1);
        cycle.maxCollectiveSize = DEFAULT_MAX_COLLECTIVE;
        cycle.quorumNumerator = 2;
        cycle.quorumDenominator = 3;
        cycle.minBallots = DEFAULT_MIN_BALLOTS;
        cycle.phase = CyclePhase.DRAFT;
        cycle.artFields.addAll(EnumSet.allOf(ArtField.class));
        return cycle;
    }

    /** R1.2 The call is open from its opening instant (inclusive) to its closing instant (exclusive). */
    public boolean isCallOpenAt(Instant now) {
        return !now.isBefore(callOpensAt) && now.isBefore(callClosesAt);
    }

    /**
     * A draft cycle on the terms the secretariat entered (R1.6).
     *
     * @throws BusinessException when the terms are not consistent
     */
    public static AwardCycle draft(CycleTerms terms) {
        var cycle = new AwardCycle();
        cycle.phase = CyclePhase.DRAFT;
        cycle.revise(terms);
        return cycle;
    }

    /** R1.6, R1.10 Replaces the terms and the calendar of a cycle that is still a draft. */
    public void revise(CycleTerms terms) {
        requireDraft();
        terms.check();
        name = terms.name();
        prizeCount = terms.prizeCount();
        callOpensAt = terms.callOpensAt();
        callClosesAt = terms.callClosesAt();
        publicityCutoff = terms.publicityCutoff();
        maxCollectiveSize = terms.maxCollectiveSize();
        quorumNumerator = terms.quorumNumerator();
        quorumDenominator = terms.quorumDenominator();
        minBallots = terms.minBallots();
        voteMode = terms.voteMode();
        majorityRule = terms.majorityRule();
        artFields.clear();
        artFields.addAll(terms.artFields());
        milestones.clear();
        milestones.putAll(terms.milestones());
    }

    /** R1.10 Dates a milestone of a cycle that is still a draft. */
    public void schedule(Milestone milestone, LocalDate date) {
        requireDraft();
        milestones.put(Objects.requireNonNull(milestone), Objects.requireNonNull(date));
    }

    private void requireDraft() {
        if (phase != CyclePhase.DRAFT) {
            throw new BusinessException("cycle.error.notDraft");
        }
    }

    /**
     * R1.3 The phase moves forward one step at a time, by hand only to announce the call and to close it (the later
     * phases follow the steps, R1.12); R1.7 the call opens only with a complete calendar; R1.8 it closes only once its
     * closing instant has passed ({@link #forceCloseCall} closes it earlier).
     *
     * @param now the server's current time
     */
    public void advanceTo(CyclePhase next, Instant now) {
        if (next.ordinal() != phase.ordinal() + 1) {
            throw new BusinessException("cycle.error.phaseOrder", phase, next);
        }
        if (next.compareTo(CyclePhase.CALL_CLOSED) > 0) {
            throw new BusinessException("cycle.error.followsSteps", next);
        }
        if (next == CyclePhase.CALL_OPEN) {
            requireCompleteCalendar();
        }
        if (next == CyclePhase.CALL_CLOSED && now.isBefore(callClosesAt)) {
            throw new BusinessException("cycle.error.callNotOver");
        }
        phase = next;
    }

    /** R1.8 Closes the call before its closing instant; only with a reason, which the audit trail records. */
    public void forceCloseCall(String reason) {
        requireReason(reason);
        if (phase != CyclePhase.CALL_OPEN) {
            throw new BusinessException("cycle.error.phaseOrder", phase, CyclePhase.CALL_CLOSED);
        }
        phase = CyclePhase.CALL_CLOSED;
    }

    /**
     * R1.9 Moves the cycle to another phase, back or forward, outside its steps: only as a correction with a reason
     * that the audit trail records.
     */
    public void correctTo(CyclePhase other, String reason) {
        requireReason(reason);
        if (other == phase) {
            throw new BusinessException("cycle.error.samePhase", phase);
        }
        phase = other;
    }

    /**
     * R1.12 Follows a step taken by a later feature: the cycle moves forward to the phase the step reaches, never back,
     * and never out of the call before it has closed (R1.8).
     *
     * @return whether the phase moved
     */
    public boolean follow(CycleStep step) {
        var reached = step.reached();
        if (phase.compareTo(CyclePhase.CALL_CLOSED) < 0 || reached.compareTo(phase) <= 0) {
            return false;
        }
        phase = reached;
        return true;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("cycle.error.reasonRequired");
        }
    }

    /**
     * R1.7 The calendar is complete when the Expert Council's two meetings and the Supreme State Council are dated,
     * every milestone falls after the call closes, and the milestones follow each other in their order.
     */
    public boolean hasCompleteCalendar() {
        if (!milestones.keySet().containsAll(REQUIRED_MILESTONES)) {
            return false;
        }
        LocalDate previous = callClosesAt.atZone(CAPITALS).toLocalDate().minusDays(1);
        for (Milestone milestone : Milestone.values()) {
            LocalDate date = milestones.get(milestone);
            if (date != null) {
                if (!date.isAfter(previous)) {
                    return false;
                }
                previous = date;
            }
        }
        return true;
    }

    private void requireCompleteCalendar() {
        if (!hasCompleteCalendar()) {
            throw new BusinessException("cycle.error.calendarIncomplete");
        }
    }

    /** The calendar, in date order: the call, the publicity cut-off and every scheduled milestone. */
    public List<CalendarEntry> calendar() {
        List<CalendarEntry> entries = new ArrayList<>();
        entries.add(new CalendarEntry("cycle.calendar.publicityCutoff", publicityCutoff));
        entries.add(new CalendarEntry("cycle.calendar.callOpens", callOpensAt.atZone(CAPITALS).toLocalDate()));
        entries.add(new CalendarEntry("cycle.calendar.callCloses",
                callClosesAt.atZone(CAPITALS).toLocalDate().minusDays(1)));
        milestones.forEach((milestone, date) -> entries.add(new CalendarEntry("Milestone." + milestone.name(), date)));
        entries.sort(Comparator.comparing(CalendarEntry::date));
        return entries;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getPrizeCount() {
        return prizeCount;
    }

    public Instant getCallOpensAt() {
        return callOpensAt;
    }

    public Instant getCallClosesAt() {
        return callClosesAt;
    }

    public LocalDate getPublicityCutoff() {
        return publicityCutoff;
    }

    public int getMaxCollectiveSize() {
        return maxCollectiveSize;
    }

    /** How members vote in the final vote; by default for up to as many petitions as there are prizes. */
    public VoteMode getVoteMode() {
        return voteMode;
    }

    /** Whose majority chooses a petition in the final vote; by default that of the members present. */
    public MajorityRule getMajorityRule() {
        return majorityRule;
    }

    /** R1.11 The voting settings of the final vote change only while the cycle is a draft. */
    public void voteBy(VoteMode mode, MajorityRule rule) {
        requireDraft();
        voteMode = Objects.requireNonNull(mode);
        majorityRule = Objects.requireNonNull(rule);
    }

    public int getQuorumNumerator() {
        return quorumNumerator;
    }

    public int getQuorumDenominator() {
        return quorumDenominator;
    }

    public int getMinBallots() {
        return minBallots;
    }

    public CyclePhase getPhase() {
        return phase;
    }

    /** The call's opening instant in the capitals' time. */
    public ZonedDateTime getCallOpening() {
        return callOpensAt.atZone(CAPITALS);
    }

    /** The call's closing instant in the capitals' time. */
    public ZonedDateTime getCallClosing() {
        return callClosesAt.atZone(CAPITALS);
    }

    public int getVersion() {
        return version;
    }

    /** R1.5 Only works of the cycle's art fields may be nominated. */
    public boolean admits(ArtField field) {
        return artFields.contains(field);
    }

    public Set<ArtField> getArtFields() {
        return Collections.unmodifiableSet(artFields);
    }

    public Map<Milestone, LocalDate> getMilestones() {
        return Map.copyOf(milestones);
    }
}
