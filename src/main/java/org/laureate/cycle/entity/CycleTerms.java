package org.laureate.cycle.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.laureate.platform.BusinessException;

/**
 * The terms of a cycle as the secretariat sets them while it is a draft: its name, prizes, call, publicity cut-off, art
 * fields, largest collective, voting rules and calendar.
 *
 * @param name              the two years, "2027–2028"
 * @param prizeCount        the number of prizes
 * @param callOpensAt       the call's first instant
 * @param callClosesAt      the call's closing instant (the first instant after it)
 * @param publicityCutoff   the last day on which a work may have been made public
 * @param artFields         the art fields admitted
 * @param maxCollectiveSize the largest author collective
 * @param quorumNumerator   the quorum of the Expert Council, as a fraction of its members
 * @param quorumDenominator see {@code quorumNumerator}
 * @param minBallots        the fewest ballots with which a tally is published
 * @param voteMode          how a member votes in the final vote
 * @param majorityRule      whose majority chooses a petition in the final vote
 * @param milestones        the dated milestones of the calendar
 */
public record CycleTerms(String name, int prizeCount, Instant callOpensAt, Instant callClosesAt,
        LocalDate publicityCutoff, Set<ArtField> artFields, int maxCollectiveSize, int quorumNumerator,
        int quorumDenominator, int minBallots, VoteMode voteMode, MajorityRule majorityRule,
        Map<Milestone, LocalDate> milestones) {

    /** Two years joined by an en dash. */
    public static final String NAME_PATTERN = "\\d{4}–\\d{4}";

    public CycleTerms {
        Objects.requireNonNull(name);
        Objects.requireNonNull(callOpensAt);
        Objects.requireNonNull(callClosesAt);
        Objects.requireNonNull(publicityCutoff);
        Objects.requireNonNull(voteMode);
        Objects.requireNonNull(majorityRule);
        artFields = artFields.isEmpty() ? EnumSet.noneOf(ArtField.class) : EnumSet.copyOf(artFields);
        milestones = milestones.isEmpty() ? new EnumMap<>(Milestone.class) : new EnumMap<>(milestones);
    }

    /**
     * R1.6 The terms hold together: the name is two consecutive years, the call opens before it closes, the publicity
     * cut-off comes before the call opens, the quorum is at most the whole council, at least one art field is admitted.
     *
     * @throws BusinessException naming the first rule broken
     */
    void check() {
        if (!name.matches(NAME_PATTERN)
                || Integer.parseInt(name.substring(5)) != Integer.parseInt(name.substring(0, 4)) + 1) {
            throw new BusinessException("cycle.error.name", name);
        }
        if (!callOpensAt.isBefore(callClosesAt)) {
            throw new BusinessException("cycle.error.callDates");
        }
        if (!publicityCutoff.isBefore(callOpensAt.atZone(AwardCycle.CAPITALS).toLocalDate())) {
            throw new BusinessException("cycle.error.publicityCutoff");
        }
        if (quorumNumerator < 1 || quorumNumerator > quorumDenominator) {
            throw new BusinessException("cycle.error.quorum");
        }
        if (artFields.isEmpty()) {
            throw new BusinessException("cycle.error.noArtField");
        }
    }
}
