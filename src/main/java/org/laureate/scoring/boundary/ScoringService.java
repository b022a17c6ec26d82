package org.laureate.scoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laureate.council.boundary.CouncilService;
import org.laureate.council.entity.CouncilMember;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.entity.CredentialIssue;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.entity.Role;

/**
 * A member's way in to scoring: their rounds, their score sheet, a petition to score, their declared conflicts. The
 * member is always the caller. Nothing here reads or writes a ballot: ballots are cast anonymously with credentials
 * ({@link CredentialService}, {@link BallotBox}), and what a member has scored is known to their browser only.
 */
@Stateless
@RolesAllowed({Role.Names.EXPERT, Role.Names.EXPERT_CHAIR})
public class ScoringService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CouncilService council;

    /** R9.13 The rounds of the cycles on whose council the caller sits, the latest first. */
    public List<ScoringRound> myRounds() {
        var cycleIds = council.callerSeats().stream()
                .map(CouncilMember::getCycleId)
                .toList();
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(ScoringRound.FIND_BY_CYCLES, ScoringRound.class)
                .setParameter("cycleIds", cycleIds)
                .getResultList();
    }

    /** The caller's score sheet of a round: every petition with the caller's recusal, if any. */
    public ScoreSheet sheet(long roundId) {
        var round = round(roundId);
        var member = council.requireCallerSeat(round.getCycleId());
        var petitions = em.createQuery("SELECT n FROM Nomination n WHERE n.id IN :ids ORDER BY n.registrationNumber",
                Nomination.class)
                .setParameter("ids", round.getPetitionIds())
                .setHint("eclipselink.batch", "n.nominees")
                .getResultList();
        var organisations = new HashMap<Long, Long>();
        petitions.forEach(petition -> organisations.put(petition.getId(), petition.getOrganisation().getId()));
        var recusals = council.recusals(member, roundId, organisations);
        var rows = new ArrayList<SheetRow>();
        for (var petition : petitions) {
            rows.add(new SheetRow(PetitionSummary.of(petition), recusals.get(petition.getId())));
        }
        var now = clock.instant();
        boolean issued = em.find(CredentialIssue.class,
                new CredentialIssue.Key(roundId, member.getAccountId())) != null;
        return new ScoreSheet(round, round.isOpenAt(now), round.isClosedAt(now), rows,
                petitions.size() - recusals.size(), issued);
    }

    /** A petition of the round as the caller reads it to score it. */
    public MyBallot ballot(long roundId, long nominationId) {
        var round = round(roundId);
        var member = council.requireCallerSeat(round.getCycleId());
        var petition = petition(round, nominationId);
        var recusal = council.recusals(member, roundId, organisation(petition)).get(nominationId);
        return new MyBallot(round, petition, recusal, round.isOpenAt(clock.instant()));
    }

    /**
     * R9.10 The caller declares a conflict of interest on a petition, with its reason, before the round closes. The
     * server cannot withdraw a credential it issued blindly: the caller's browser withdraws a ballot it cast there and
     * forgets the credential.
     */
    public void declareConflict(long roundId, long nominationId,
            @NotBlank @Size(max = CouncilService.REASON_MAX) String reason) {
        var round = round(roundId);
        if (round.isClosedAt(clock.instant())) {
            throw new BusinessException("round.error.notOpen");
        }
        council.declareConflict(round.getCycleId(), roundId, petition(round, nominationId), reason);
    }

    private static Map<Long, Long> organisation(Nomination petition) {
        return Map.of(petition.getId(), petition.getOrganisation().getId());
    }

    /** A petition of the round; one the round does not hold does not exist here. */
    private Nomination petition(ScoringRound round, long nominationId) {
        if (!round.includes(nominationId)) {
            throw new BusinessException("general.error.notFound");
        }
        return em.find(Nomination.class, nominationId);
    }

    private ScoringRound round(long roundId) {
        var round = em.find(ScoringRound.class, roundId);
        if (round == null) {
            throw new BusinessException("general.error.notFound");
        }
        return round;
    }
}
