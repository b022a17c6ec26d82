package org.laureate.cycle.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CycleTerms;
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.cycle.entity.Milestone;
import org.laureate.cycle.entity.VoteMode;

/**
 * What the secretariat enters to create or revise a cycle. The call's instants are entered in the capitals' time
 * (Minsk and Moscow, UTC+3) and stored in UTC.
 */
public class CycleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String DASHES = "[-‐‑‒–—−]";

    /** Two years joined by an en dash, or by a hyphen or another dash that {@link #setName} turns into one. */
    static final String NAME_ENTERED = "\\s*\\d{4}\\s*" + DASHES + "\\s*\\d{4}\\s*";

    @NotNull
    @Pattern(regexp = NAME_ENTERED, message = "{cycle.name.pattern}")
    private String name;

    @Min(1)
    @Max(20)
    private int prizeCount = AwardCycle.DEFAULT_PRIZE_COUNT;

    @NotNull
    private LocalDateTime callOpens;

    @NotNull
    private LocalDateTime callCloses;

    @NotNull
    private LocalDate publicityCutoff;

    @NotEmpty
    private Set<ArtField> artFields = EnumSet.allOf(ArtField.class);

    @Min(1)
    @Max(100)
    private int maxCollectiveSize = AwardCycle.DEFAULT_MAX_COLLECTIVE;

    @Min(1)
    @Max(100)
    private int quorumNumerator = 2;

    @Min(1)
    @Max(100)
    private int quorumDenominator = 3;

    @Min(1)
    @Max(1000)
    private int minBallots = AwardCycle.DEFAULT_MIN_BALLOTS;

    @NotNull
    private VoteMode voteMode = VoteMode.APPROVAL;

    @NotNull
    private MajorityRule majorityRule = MajorityRule.OF_PRESENT;

    @NotNull
    private List<MilestoneDate> milestones = Stream.of(Milestone.values()).map(MilestoneDate::new).toList();

    /** The terms of an existing cycle, in the capitals' time. */
    public static CycleForm of(AwardCycle cycle) {
        var form = new CycleForm();
        form.name = cycle.getName();
        form.prizeCount = cycle.getPrizeCount();
        form.callOpens = cycle.getCallOpening().toLocalDateTime();
        form.callCloses = cycle.getCallClosing().toLocalDateTime();
        form.publicityCutoff = cycle.getPublicityCutoff();
        form.artFields = cycle.getArtFields().isEmpty() ? EnumSet.noneOf(ArtField.class)
                : EnumSet.copyOf(cycle.getArtFields());
        form.maxCollectiveSize = cycle.getMaxCollectiveSize();
        form.quorumNumerator = cycle.getQuorumNumerator();
        form.quorumDenominator = cycle.getQuorumDenominator();
        form.minBallots = cycle.getMinBallots();
        form.voteMode = cycle.getVoteMode();
        form.majorityRule = cycle.getMajorityRule();
        form.milestones.forEach(entry -> entry.setDate(cycle.getMilestones().get(entry.getMilestone())));
        return form;
    }

    /** The terms as the entity takes them: the call's instants in UTC, the undated milestones left out. */
    public CycleTerms toTerms() {
        Map<Milestone, LocalDate> dated = new EnumMap<>(Milestone.class);
        milestones.stream().filter(entry -> entry.getDate() != null)
                .forEach(entry -> dated.put(entry.getMilestone(), entry.getDate()));
        return new CycleTerms(name, prizeCount, callOpens.atZone(AwardCycle.CAPITALS).toInstant(),
                callCloses.atZone(AwardCycle.CAPITALS).toInstant(), publicityCutoff, artFields, maxCollectiveSize,
                quorumNumerator, quorumDenominator, minBallots, voteMode, majorityRule, dated);
    }

    public String getName() {
        return name;
    }

    /** Takes a hyphen or a minus between the two years for the en dash of the cycle's name. */
    public void setName(String name) {
        this.name = name == null ? null : name.strip().replaceAll("\\s*" + DASHES + "\\s*", "–");
    }

    public int getPrizeCount() {
        return prizeCount;
    }

    public void setPrizeCount(int prizeCount) {
        this.prizeCount = prizeCount;
    }

    public LocalDateTime getCallOpens() {
        return callOpens;
    }

    public void setCallOpens(LocalDateTime callOpens) {
        this.callOpens = callOpens;
    }

    public LocalDateTime getCallCloses() {
        return callCloses;
    }

    public void setCallCloses(LocalDateTime callCloses) {
        this.callCloses = callCloses;
    }

    public LocalDate getPublicityCutoff() {
        return publicityCutoff;
    }

    public void setPublicityCutoff(LocalDate publicityCutoff) {
        this.publicityCutoff = publicityCutoff;
    }

    public Set<ArtField> getArtFields() {
        return artFields;
    }

    public void setArtFields(Set<ArtField> artFields) {
        this.artFields = artFields == null || artFields.isEmpty() ? EnumSet.noneOf(ArtField.class)
                : EnumSet.copyOf(artFields);
    }

    public int getMaxCollectiveSize() {
        return maxCollectiveSize;
    }

    public void setMaxCollectiveSize(int maxCollectiveSize) {
        this.maxCollectiveSize = maxCollectiveSize;
    }

    public int getQuorumNumerator() {
        return quorumNumerator;
    }

    public void setQuorumNumerator(int quorumNumerator) {
        this.quorumNumerator = quorumNumerator;
    }

    public int getQuorumDenominator() {
        return quorumDenominator;
    }

    public void setQuorumDenominator(int quorumDenominator) {
        this.quorumDenominator = quorumDenominator;
    }

    public int getMinBallots() {
        return minBallots;
    }

    public void setMinBallots(int minBallots) {
        this.minBallots = minBallots;
    }

    public VoteMode getVoteMode() {
        return voteMode;
    }

    public void setVoteMode(VoteMode voteMode) {
        this.voteMode = voteMode;
    }

    public MajorityRule getMajorityRule() {
        return majorityRule;
    }

    public void setMajorityRule(MajorityRule majorityRule) {
        this.majorityRule = majorityRule;
    }

    /** Every milestone of the calendar with its date, {@code null} while undated. */
    public List<MilestoneDate> getMilestones() {
        return milestones;
    }

    /** One milestone of the calendar and its date in the form. */
    public static class MilestoneDate implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Milestone milestone;
        private LocalDate date;

        MilestoneDate(Milestone milestone) {
            this.milestone = milestone;
        }

        public Milestone getMilestone() {
            return milestone;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }
    }
}
