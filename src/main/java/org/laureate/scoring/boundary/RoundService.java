package org.laureate.scoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.laureate.council.boundary.CouncilService;
import org.laureate.council.boundary.SeatDismissal;
import org.laureate.cycle.boundary.CycleStepTaken;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.cycle.entity.CycleStep;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.platform.BusinessException;
import org.laureate.platform.StateChange;
import org.laureate.scoring.entity.Ballot;
import org.laureate.scoring.entity.CredentialIssue;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.entity.Role;

/** The secretariat runs the scoring rounds of a cycle: opens one, sets its weights, closes it, follows progress. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class RoundService {

    static final String SUBJECT = "ScoringRound";

    private static final EnumSet<CyclePhase> SCORING_PHASES = EnumSet.of(CyclePhase.CALL_CLOSED,
            CyclePhase.EXPERT_REVIEW);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<StateChange> changes;

    @Inject
    Event<RoundOpened> opened;

    @Inject
    Event<CycleStepTaken> steps;

    @Inject
    CouncilService council;

    @Inject
    PetitionKeys keys;

    /** The rounds of a cycle, the latest first. */
    public List<ScoringRound> rounds(long cycleId) {
        return em.createNamedQuery(ScoringRound.FIND_BY_CYCLE, ScoringRound.class)
                .setParameter("cycleId", cycleId)
                .getResultList();
    }

    public ScoringRound find(long roundId) {
        var round = em.find(ScoringRound.class, roundId);
        if (round == null) {
            throw new BusinessException("general.error.notFound");
        }
        return round;
    }

    /**
     * R8.8 Opens a round on the petitions admitted in the cycle, once the cycle's call has closed and before the
     * Expert Council's review ends; a round needs at least one admitted petition; R8.9 a round that overlaps another
     * of the cycle needs the secretariat's reason, which the audit trail records.
     */
    public ScoringRound open(long cycleId, @NotNull @Valid RoundForm form) {
        var cycle = em.find(AwardCycle.class, cycleId);
        if (cycle == null) {
            throw new BusinessException("general.error.notFound");
        }
        if (!SCORING_PHASES.contains(cycle.getPhase())) {
            throw new BusinessException("round.error.phase");
        }
        var admitted = em.createQuery("SELECT n.id FROM Nomination n WHERE n.cycle.id = :cycleId"
                + " AND n.status = :admitted ORDER BY n.registrationNumber", Long.class)
                .setParameter("cycleId", cycleId)
                .setParameter("admitted", NominationStatus.ADMITTED)
                .getResultList();
        if (admitted.isEmpty()) {
            throw new BusinessException("round.error.noPetitions");
        }
        var overlapped = rounds(cycleId).stream()
                .filter(other -> other.overlaps(form.opensAt(), form.closesAt()))
                .map(ScoringRound::getTitle)
                .toList();
        if (!overlapped.isEmpty() && !form.hasOverlapReason()) {
            throw new BusinessException("round.error.overlap", overlapped.get(0));
        }
        var round = new ScoringRound(cycleId, form.title().strip(), form.opensAt(), form.closesAt(), form.weights(),
                form.rankingRule(), admitted);
        em.persist(round);
        em.flush();
        opened.fire(new RoundOpened(round.getId()));
        steps.fire(new CycleStepTaken(cycleId, CycleStep.ROUND_OPENED));
        changes.fire(new StateChange(SUBJECT, String.valueOf(round.getId()), "open", null,
                admitted.size() + " petitions, " + form.rankingRule() + (overlapped.isEmpty() ? ""
                        : ", overlaps " + overlapped + ": " + form.overlapReason().strip())));
        return round;
    }

    /** R8.4 Changes the weights and the ranking rule before the round opens. */
    public ScoringRound reweigh(long roundId, int version, @NotNull Map<Criterion, Integer> weights,
            @NotNull RankingRule rule) {
        var round = find(roundId);
        if (round.getVersion() != version) {
            throw new BusinessException("general.error.concurrentChange");
        }
        round.reweigh(weights, rule, clock.instant());
        changes.fire(new StateChange(SUBJECT, String.valueOf(roundId), "reweigh", null, weights + " " + rule));
        return round;
    }

    /** R8.5 Closes an open round now; R9.29 its private keys are destroyed with it. */
    public ScoringRound close(long roundId) {
        var round = find(roundId);
        round.closeAt(clock.instant());
        keys.forget(roundId);
        changes.fire(new StateChange(SUBJECT, String.valueOf(roundId), "close", null, null));
        return round;
    }

    /** R9.12 A round's progress in totals: members, members issued credentials, ballots cast; never per member. */
    public RoundTotals totals(long roundId) {
        var round = find(roundId);
        long members = council.members(round.getCycleId()).size();
        long issued = em.createNamedQuery(CredentialIssue.COUNT_BY_ROUND, Long.class)
                .setParameter("roundId", roundId)
                .getSingleResult();
        long ballots = em.createNamedQuery(Ballot.COUNT_BY_ROUND, Long.class)
                .setParameter("roundId", roundId)
                .getSingleResult();
        return new RoundTotals(members, issued, ballots);
    }

    /** R8.7 A member who was issued the credentials of a round of the cycle keeps their seat on its council. */
    public void keepSeatOfIssued(@Observes SeatDismissal dismissal) {
        long issued = em.createQuery("SELECT COUNT(c) FROM CredentialIssue c, ScoringRound r"
                        + " WHERE r.id = c.id.roundId AND r.cycleId = :cycleId AND c.id.accountId = :accountId",
                        Long.class)
                .setParameter("cycleId", dismissal.cycleId())
                .setParameter("accountId", dismissal.accountId())
                .getSingleResult();
        if (issued > 0) {
            throw new BusinessException("council.error.hasBallots");
        }
    }
}
