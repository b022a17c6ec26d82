package org.laureate.scoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.BusinessException;
import org.laureate.platform.StateChange;
import org.laureate.scoring.control.ConflictPolicy;
import org.laureate.scoring.control.Recusal;
import org.laureate.scoring.entity.CouncilMember;
import org.laureate.scoring.entity.CredentialIssue;
import org.laureate.scoring.entity.DeclaredConflict;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Role;

/**
 * A member's way in to scoring: their rounds, their score sheet, a petition to score, their declared conflicts. The
 * member is always the caller. Nothing here reads or writes a ballot: ballots are cast anonymously with credentials
 * ({@link CredentialService}, {@link BallotBox}), and what a member has scored is known to their browser only.
 */
@Stateless
@RolesAllowed({Role.Names.EXPERT, Role.Names.EXPERT_CHAIR})
public class ScoringService {

    public static final int REASON_MAX = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    Event<StateChange> changes;

    private final ConflictPolicy conflicts = new ConflictPolicy();

    /** R9.13 The rounds of the cycles on whose council the caller sits, the latest first. */
    public List<ScoringRound> myRounds() {
        var cycleIds = em.createNamedQuery(CouncilMember.FIND_BY_ACCOUNT, CouncilMember.class)
                .setParameter("accountId", accountId())
                .getResultStream()
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
        var member = seat(round);
        var petitions = em.createQuery("SELECT n FROM Nomination n WHERE n.id IN :ids ORDER BY n.registrationNumber",
                Nomination.class)
                .setParameter("ids", round.getPetitionIds())
                .setHint("eclipselink.batch", "n.nominees")
                .getResultList();
        var declared = declared(roundId);
        var rows = new ArrayList<SheetRow>();
        int scorable = 0;
        for (var petition : petitions) {
            var recusal = recusal(member, round, petition, declared);
            if (recusal.isEmpty()) {
                scorable++;
            }
            rows.add(new SheetRow(PetitionSummary.of(petition), recusal.orElse(null)));
        }
        var now = clock.instant();
        boolean issued = em.find(CredentialIssue.class, new CredentialIssue.Key(roundId, accountId())) != null;
        return new ScoreSheet(round, round.isOpenAt(now), round.isClosedAt(now), rows, scorable, issued);
    }

    /** A petition of the round as the caller reads it to score it. */
    public MyBallot ballot(long roundId, long nominationId) {
        var round = round(roundId);
        var member = seat(round);
        var petition = RoundService.petition(em, round, nominationId);
        var recusal = recusal(member, round, petition, declared(roundId));
        return new MyBallot(round, petition, recusal.orElse(null), round.isOpenAt(clock.instant()));
    }

    /**
     * R9.10 The caller declares a conflict of interest on a petition, with its reason, before the round closes. The
     * server cannot withdraw a credential it issued blindly: the caller's browser withdraws a ballot it cast there and
     * forgets the credential.
     */
    public void declareConflict(long roundId, long nominationId, @NotBlank @Size(max = REASON_MAX) String reason) {
        var round = round(roundId);
        if (round.isClosedAt(clock.instant())) {
            throw new BusinessException("round.error.notOpen");
        }
        var member = seat(round);
        var petition = RoundService.petition(em, round, nominationId);
        if (recusal(member, round, petition, declared(roundId)).isPresent()) {
            throw new BusinessException("conflict.error.already");
        }
        em.persist(new DeclaredConflict(roundId, member.getId(), nominationId, reason.strip()));
        changes.fire(new StateChange("DeclaredConflict", String.valueOf(roundId), "declare", null,
                petition.getRegistrationNumber()));
    }

    private Optional<Recusal> recusal(CouncilMember member, ScoringRound round, Nomination petition,
            List<DeclaredConflict> declared) {
        return conflicts.recusal(member, round.getId(), petition.getId(), petition.getOrganisation().getId(),
                declared);
    }

    private List<DeclaredConflict> declared(long roundId) {
        return em.createNamedQuery(DeclaredConflict.FIND_BY_ROUND, DeclaredConflict.class)
                .setParameter("roundId", roundId)
                .getResultList();
    }

    private ScoringRound round(long roundId) {
        var round = em.find(ScoringRound.class, roundId);
        if (round == null) {
            throw new BusinessException("general.error.notFound");
        }
        return round;
    }

    /** The caller's seat on the council of the round's cycle; a round of another council does not exist for them. */
    private CouncilMember seat(ScoringRound round) {
        return em.createNamedQuery(CouncilMember.FIND_BY_CYCLE_AND_ACCOUNT, CouncilMember.class)
                .setParameter("cycleId", round.getCycleId())
                .setParameter("accountId", accountId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("general.error.notFound"));
    }

    private long accountId() {
        return accounts.current().orElseThrow(() -> new BusinessException("general.error.notFound")).getId();
    }
}
