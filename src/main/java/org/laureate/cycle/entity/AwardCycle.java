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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

/**
 * One award cycle of the prize, named for its two years ("2025–2026"), with its calendar and the rules that its
 * later phases read.
 */
@Entity
@Table(name = "award_cycle")
@NamedQuery(name = AwardCycle.FIND_ALL, query = "SELECT c FROM AwardCycle c ORDER BY c.callOpensAt DESC")
@NamedQuery(name = AwardCycle.FIND_CURRENT,
        query = "SELECT c FROM AwardCycle c WHERE c.phase <> :draft ORDER BY c.callOpensAt DESC")
public class AwardCycle {

    public static final String FIND_ALL = "AwardCycle.findAll";
    public static final String FIND_CURRENT = "AwardCycle.findCurrent";

    /** Both capitals, Minsk and Moscow, keep UTC+3; the calendar's dates are theirs. */
    public static final ZoneId CAPITALS = ZoneId.of("Europe/Moscow");

    public static final int DEFAULT_PRIZE_COUNT = 3;
    public static final int DEFAULT_MAX_COLLECTIVE = 10;
    public static final int DEFAULT_MIN_BALLOTS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotNull
    @Pattern(regexp = "\\d{4}–\\d{4}")
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

    public void schedule(Milestone milestone, LocalDate date) {
        milestones.put(Objects.requireNonNull(milestone), Objects.requireNonNull(date));
    }

    /** R1.3 The phase only moves forward, one step at a time. */
    public void advanceTo(CyclePhase next) {
        if (next.ordinal() != phase.ordinal() + 1) {
            throw new BusinessException("cycle.error.phaseOrder", phase, next);
        }
        phase = next;
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
