package org.laureate.scoring.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.laureate.council.boundary.CouncilService;
import org.laureate.council.entity.CouncilMember;
import org.laureate.cycle.boundary.CycleStepTaken;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CycleStep;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.BusinessException;
import org.laureate.platform.StateChange;
import org.laureate.scoring.entity.CandidateList;
import org.laureate.scoring.entity.CandidateListStatus;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.entity.Role;

/**
 * The list of candidates (соискатели) of a round: the secretariat proposes it from the closed round's ranking, both
 * co-chairs confirm it, the secretariat publishes it, and the public reads it.
 */
@Stateless
public class CandidateService {

    private static final String SUBJECT = "CandidateList";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CouncilService council;

    @Inject
    Event<StateChange> changes;

    @Inject
    Event<CycleStepTaken> steps;

    @Inject
    RoundSnapshots snapshots;

    /** The list of a round, if one has been proposed; R10.7 for the secretariat and the round's council only. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT, Role.Names.EXPERT_CHAIR})
    public Optional<CandidateList> ofRound(long roundId) {
        var round = snapshots.current(roundId);
        if (round == null) {
            throw new BusinessException("general.error.notFound");
        }
        council.requireReader(round.getCycleId(), Role.ADMIN);
        return em.createNamedQuery(CandidateList.FIND_BY_ROUND, CandidateList.class)
                .setParameter("roundId", roundId)
                .getResultStream()
                .findFirst();
    }

    /** The candidates of a list, in their order; R10.7 for the secretariat and the round's council only. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT, Role.Names.EXPERT_CHAIR})
    public List<PetitionSummary> candidates(long listId) {
        var list = list(listId);
        council.requireReader(snapshots.current(list.getRoundId()).getCycleId(), Role.ADMIN);
        return summaries(list);
    }

    /**
     * R10.1 The secretariat proposes candidates from a closed round's petitions, each with at least k ballots (the
     * cycle's setting); R10.2 a new proposal replaces an unpublished one and asks both co-chairs again.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public CandidateList propose(long roundId, @NotNull List<Long> nominationIds) {
        var round = em.find(ScoringRound.class, roundId);
        if (round == null) {
            throw new BusinessException("general.error.notFound");
        }
        if (!round.isClosedAt(clock.instant())) {
            throw new BusinessException("round.error.stillOpen");
        }
        if (!nominationIds.stream().allMatch(round::includes)) {
            throw new BusinessException("general.error.notFound");
        }
        int minBallots = em.find(AwardCycle.class, round.getCycleId()).getMinBallots();
        var counts = new HashMap<Long, Long>();
        for (Object[] row : em.createQuery("SELECT b.nominationId, COUNT(b) FROM Ballot b WHERE b.roundId = :roundId"
                + " GROUP BY b.nominationId", Object[].class)
                .setParameter("roundId", roundId)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        if (nominationIds.stream().anyMatch(id -> counts.getOrDefault(id, 0L) < minBallots)) {
            throw new BusinessException("candidates.error.tooFewBallots", minBallots);
        }
        var now = clock.instant();
        var list = ofRound(roundId).orElse(null);
        if (list == null) {
            list = new CandidateList(roundId, nominationIds, now);
            em.persist(list);
            em.flush();
        } else {
            list.propose(nominationIds, now);
        }
        changes.fire(new StateChange(SUBJECT, String.valueOf(list.getId()), "propose", null,
                nominationIds.size() + " candidates"));
        return list;
    }

    /** R10.3 A co-chair of the round's council confirms the proposal for their country. */
    @RolesAllowed(Role.Names.EXPERT_CHAIR)
    public CandidateList confirm(long listId) {
        var list = list(listId);
        var round = em.find(ScoringRound.class, list.getRoundId());
        var seat = council.callerSeat(round.getCycleId())
                .filter(CouncilMember::isCoChair)
                .orElseThrow(() -> new BusinessException("candidates.error.notCoChair"));
        var before = list.getStatus();
        list.confirm(seat.getCountry(), seat.getAccountId());
        changes.fire(new StateChange(SUBJECT, String.valueOf(listId), "confirm", before.name(),
                list.getStatus() + " " + seat.getCountry()));
        return list;
    }

    /**
     * The lists of the rounds of every council on which the caller sits as co-chair, the latest round first: those
     * awaiting the caller's confirmation and those already decided.
     */
    @RolesAllowed(Role.Names.EXPERT_CHAIR)
    public List<CandidateProposal> awaiting() {
        return council.callerSeats().stream()
                .filter(CouncilMember::isCoChair)
                .flatMap(seat -> {
                    var cycle = em.find(AwardCycle.class, seat.getCycleId());
                    return em.createNamedQuery(ScoringRound.FIND_BY_CYCLE, ScoringRound.class)
                            .setParameter("cycleId", seat.getCycleId())
                            .getResultStream()
                            .flatMap(round -> ofRound(round.getId()).stream()
                                    .map(list -> new CandidateProposal(list, round.getId(), round.getTitle(),
                                            cycle.getName(), seat.getCountry(), summaries(list))));
                })
                .toList();
    }

    /** R10.4 The secretariat publishes a confirmed list for public discussion. */
    @RolesAllowed(Role.Names.ADMIN)
    public CandidateList publish(long listId) {
        var list = list(listId);
        list.publish(clock.instant());
        steps.fire(new CycleStepTaken(em.find(ScoringRound.class, list.getRoundId()).getCycleId(),
                CycleStep.CANDIDATES_PUBLISHED));
        changes.fire(new StateChange(SUBJECT, String.valueOf(listId), "publish", CandidateListStatus.CONFIRMED.name(),
                CandidateListStatus.PUBLISHED.name()));
        return list;
    }

    /** R10.5 Every published list, the latest first, for the public. */
    @PermitAll
    public List<PublishedCandidates> published() {
        return em.createNamedQuery(CandidateList.FIND_PUBLISHED, CandidateList.class)
                .getResultStream()
                .map(list -> {
                    var round = em.find(ScoringRound.class, list.getRoundId());
                    var cycle = em.find(AwardCycle.class, round.getCycleId());
                    return new PublishedCandidates(list.getId(), cycle.getName(), round.getTitle(),
                            list.getPublishedAt(), summaries(list));
                })
                .toList();
    }

    /** R10.6 Whether a petition stands on a published list, so that the public may comment on it. */
    @PermitAll
    public boolean isPublishedCandidate(long nominationId) {
        return em.createQuery("SELECT COUNT(l) FROM CandidateList l WHERE l.status = :published"
                + " AND :nominationId MEMBER OF l.nominationIds", Long.class)
                .setParameter("published", CandidateListStatus.PUBLISHED)
                .setParameter("nominationId", nominationId)
                .getSingleResult() > 0;
    }

    private List<PetitionSummary> summaries(CandidateList list) {
        return list.getNominationIds().stream()
                .map(id -> PetitionSummary.of(em.find(Nomination.class, id)))
                .toList();
    }

    private CandidateList list(long listId) {
        var list = em.find(CandidateList.class, listId);
        if (list == null) {
            throw new BusinessException("general.error.notFound");
        }
        return list;
    }
}
