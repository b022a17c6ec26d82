package org.laureate.scoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.laureate.council.boundary.CouncilService;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.nomination.boundary.PetitionSummaries;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.control.ClosedTallies;
import org.laureate.scoring.control.PetitionTally;
import org.laureate.scoring.control.ScoredBallot;
import org.laureate.scoring.control.Tally;
import org.laureate.scoring.entity.Ballot;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.entity.Role;

/**
 * A closed round's bulletin board and results, for the council of its cycle and the secretariat. R9.18 Nothing is
 * shown while the round is open; R9.19 the board lists every cast ballot by the hash of its receipt, in the order of
 * those hashes, with its scores and nothing else.
 */
@Stateless
@RolesAllowed({Role.Names.EXPERT, Role.Names.EXPERT_CHAIR, Role.Names.ADMIN})
public class ResultsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CouncilService council;

    @Inject
    ClosedTallies closedTallies;

    @Inject
    RoundSnapshots snapshots;

    @Inject
    PetitionSummaries summaries;

    /**
     * R9.19 The bulletin board of a closed round; R9.20 without the ballots of a petition that has fewer than k
     * ballots.
     */
    public List<BoardEntry> board(long roundId) {
        var round = closedRound(roundId);
        var petitions = summaries.of(round.getPetitionIds());
        var minBallots = minBallots(round);
        var ballots = submitted(roundId);
        var counts = new HashMap<Long, Integer>();
        ballots.forEach(ballot -> counts.merge(ballot.petitionId(), 1, Integer::sum));
        return ballots.stream()
                .filter(ballot -> counts.get(ballot.petitionId()) >= minBallots)
                .map(ballot -> {
                    var petition = petitions.get(ballot.petitionId());
                    return new BoardEntry(ballot.receiptHash(), petition.registrationNumber(),
                            petition.workTitle(), ballot.scores());
                })
                .toList();
    }

    /**
     * R9.20 The results of a closed round: each petition's tally, ranked by the round's rule; a petition with fewer
     * ballots than the cycle's k is shown without figures.
     */
    public RoundResults results(long roundId) {
        return results(roundId, 0, Integer.MAX_VALUE);
    }

    /**
     * R9.20 The results of a closed round, a page of its ranking: the rows from {@code first} (from 0), at most
     * {@code count} of them, with the whole ranking's order. The tallies are computed once a server ({@link
     * ClosedTallies}) and checked against the round's count of ballots until it has settled; the petitions of the page
     * are read afresh.
     */
    public RoundResults results(long roundId, int first, int count) {
        if (first < 0 || count < 0) {
            throw new BusinessException("general.error.notFound");
        }
        var round = closedRound(roundId);
        var minBallots = minBallots(round);
        LongSupplier ballots = () -> em.createNamedQuery(Ballot.COUNT_BY_ROUND, Long.class)
                .setParameter("roundId", roundId)
                .getSingleResult();
        var tallies = closedTallies.of(roundId, minBallots, round.isSettledAt(clock.instant()), ballots,
                () -> new Tally(round.getWeights(), round.getScaleMin(), round.getScaleMax(), round.getRankingRule(),
                        minBallots).of(round.getPetitionIds(), submitted(roundId).stream()
                        .map(ballot -> new ScoredBallot(ballot.petitionId(), ballot.scores()))
                        .toList()));
        var page = tallies.subList(Math.min(first, tallies.size()),
                (int) Math.min((long) first + count, tallies.size()));
        var petitions = summaries.of(page.stream().map(PetitionTally::petitionId).toList());
        var rows = page.stream()
                .map(tally -> new PetitionResult(petitions.get(tally.petitionId()), tally))
                .toList();
        return new RoundResults(round, minBallots, rows,
                tallies.stream().map(PetitionTally::petitionId).toList());
    }

    /** R9.21 The rounds the caller may read: the secretariat every round of a cycle, a member their council's. */
    public List<ScoringRound> rounds(long cycleId) {
        council.requireReader(cycleId, Role.ADMIN);
        return em.createNamedQuery(ScoringRound.FIND_BY_CYCLE, ScoringRound.class)
                .setParameter("cycleId", cycleId)
                .getResultList();
    }

    /**
     * The round's ballots in the order of their receipts' hashes, read as rows, not as entities: built as entities,
     * the 50,000 ballots of a large round took most of its results page's time (and sorting them in the database a
     * third of the rest).
     */
    private List<ReadBallot> submitted(long roundId) {
        return em.createNamedQuery(Ballot.SCORES_BY_ROUND, Object[].class)
                .setParameter("roundId", roundId)
                .getResultStream()
                .map(row -> new ReadBallot((String) row[0], ((Number) row[1]).longValue(),
                        Ballot.scores((Integer) row[2], (Integer) row[3], (Integer) row[4])))
                .sorted(Comparator.comparing(ReadBallot::receiptHash))
                .toList();
    }

    /** A cast ballot as the board and the tally read it. */
    private record ReadBallot(String receiptHash, long petitionId, Map<Criterion, Integer> scores) {
    }

    /** The cycle's k, one column: the whole cycle would bring its calendar and art fields along, on every page. */
    private int minBallots(ScoringRound round) {
        return em.createNamedQuery(AwardCycle.MIN_BALLOTS, Integer.class)
                .setParameter("id", round.getCycleId())
                .getSingleResult();
    }

    /** The round, as kept on this server while its version is the database's (a closed round's stays). */
    private ScoringRound closedRound(long roundId) {
        var round = snapshots.current(roundId);
        if (round == null) {
            throw new BusinessException("general.error.notFound");
        }
        council.requireReader(round.getCycleId(), Role.ADMIN);
        if (!round.isClosedAt(clock.instant())) {
            throw new BusinessException("round.error.stillOpen");
        }
        return round;
    }
}
