package org.laureate.scoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.BusinessException;
import org.laureate.platform.StateChange;
import org.laureate.scoring.control.ConflictPolicy;
import org.laureate.scoring.control.MemberSecret;
import org.laureate.scoring.control.Receipt;
import org.laureate.scoring.control.Recusal;
import org.laureate.scoring.entity.Ballot;
import org.laureate.scoring.entity.CouncilMember;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.DeclaredConflict;
import org.laureate.scoring.entity.Participation;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Role;

/**
 * A member's way in to scoring: their rounds, their score sheet, their own ballots (found only through their secret),
 * drafts, casting, conflicts and receipts. The member is always the caller; nothing here takes a member as a
 * parameter, and nothing returns anyone else's ballot.
 */
@Stateless
@RolesAllowed({Role.Names.EXPERT, Role.Names.EXPERT_CHAIR})
public class ScoringService {

    static final String BALLOT = "Ballot";
    public static final int NOTE_MAX = 4000;
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

    /** The caller's score sheet of a round: every petition with the state of the caller's own ballot. */
    public ScoreSheet sheet(@NotNull MemberSecret secret, long roundId) {
        var round = round(roundId);
        var member = seat(round);
        var petitions = em.createQuery("SELECT n FROM Nomination n WHERE n.id IN :ids ORDER BY n.registrationNumber",
                Nomination.class)
                .setParameter("ids", round.getPetitionIds())
                .setHint("eclipselink.batch", "n.nominees")
                .getResultList();
        var keys = new HashMap<String, Long>();
        for (var petition : petitions) {
            keys.put(secret.ballotKey(roundId, petition.getId()), petition.getId());
        }
        var mine = new HashMap<Long, Ballot>();
        for (var ballot : em.createNamedQuery(Ballot.FIND_BY_KEYS, Ballot.class)
                .setParameter("keys", keys.keySet())
                .getResultList()) {
            mine.put(ballot.getNominationId(), ballot);
        }
        var cast = new HashSet<>(em.createNamedQuery(Participation.FIND_BY_MEMBER, Long.class)
                .setParameter("roundId", roundId)
                .setParameter("memberId", member.getId())
                .getResultList());
        var declared = declared(roundId);
        var rows = new ArrayList<SheetRow>();
        int scored = 0;
        int scorable = 0;
        for (var petition : petitions) {
            var recusal = recusal(member, round, petition, declared);
            var state = state(recusal, mine.get(petition.getId()), cast.contains(petition.getId()));
            if (recusal.isEmpty()) {
                scorable++;
                if (state == BallotState.SUBMITTED || state == BallotState.SUBMITTED_EARLIER) {
                    scored++;
                }
            }
            rows.add(new SheetRow(PetitionSummary.of(petition), state, recusal.orElse(null)));
        }
        var now = clock.instant();
        return new ScoreSheet(round, round.isOpenAt(now), round.isClosedAt(now), rows, scored, scorable);
    }

    /** The caller's own ballot on a petition of the round, opened with their secret, with the petition. */
    public MyBallot ballot(@NotNull MemberSecret secret, long roundId, long nominationId) {
        var round = round(roundId);
        var member = seat(round);
        var petition = RoundService.petition(em, round, nominationId);
        var recusal = recusal(member, round, petition, declared(roundId));
        var ballot = mine(secret, roundId, nominationId);
        var state = state(recusal, ballot.orElse(null), hasCast(round, member, nominationId));
        var scores = new EnumMap<Criterion, Integer>(Criterion.class);
        ballot.ifPresent(b -> scores.putAll(b.getScores()));
        var note = ballot.flatMap(b -> secret.openText(b.getSealedNote())).orElse(null);
        var receipt = ballot.flatMap(b -> secret.openText(b.getSealedReceipt())).orElse(null);
        return new MyBallot(round, petition, state, recusal.orElse(null), scores, note, receipt,
                round.isOpenAt(clock.instant()));
    }

    /** R9.14 Keeps the caller's scores so far and private note as a draft; a draft counts for nothing. */
    public void draft(@NotNull MemberSecret secret, long roundId, long nominationId,
            @NotNull Map<Criterion, Integer> scores, @Size(max = NOTE_MAX) String note) {
        var round = openRound(roundId);
        var member = seat(round);
        var petition = RoundService.petition(em, round, nominationId);
        requireNotRecused(member, round, petition);
        round.requireScores(scores, false);
        var ballot = mine(secret, roundId, nominationId).orElseGet(() -> {
            requireNotCastEarlier(round, member, nominationId);
            var created = new Ballot(roundId, nominationId, secret.ballotKey(roundId, nominationId),
                    secret.pseudonym(roundId));
            em.persist(created);
            return created;
        });
        ballot.draft(scores, secret.sealText(blankToNull(note)));
    }

    /**
     * R9.2 Casts the caller's ballot on a petition, or replaces the one they cast, while the round is open; R9.15 a
     * member casts one ballot per petition, never two; R9.16 the audit records that a ballot was cast in the round,
     * not by whom nor on what. Returns the receipt code, which only the member sees.
     */
    public String submit(@NotNull MemberSecret secret, long roundId, long nominationId,
            @NotNull Map<Criterion, Integer> scores, @Size(max = NOTE_MAX) String note) {
        var round = openRound(roundId);
        var member = seat(round);
        var petition = RoundService.petition(em, round, nominationId);
        requireNotRecused(member, round, petition);
        round.requireScores(scores, true);
        var existing = mine(secret, roundId, nominationId);
        var ballot = existing.orElseGet(() -> {
            requireNotCastEarlier(round, member, nominationId);
            var created = new Ballot(roundId, nominationId, secret.ballotKey(roundId, nominationId),
                    secret.pseudonym(roundId));
            em.persist(created);
            return created;
        });
        boolean first = !ballot.isSubmitted();
        var receipt = Receipt.issue();
        var weighted = new EnumMap<Criterion, Integer>(Criterion.class);
        round.getWeights().forEach((criterion, weight) -> {
            if (weight > 0) {
                weighted.put(criterion, scores.get(criterion));
            }
        });
        ballot.submit(weighted, secret.sealText(blankToNull(note)), Receipt.hash(receipt), secret.sealText(receipt));
        if (first) {
            em.persist(new Participation(roundId, member.getId(), nominationId));
        }
        changes.fire(StateChange.unattributed(BALLOT, String.valueOf(roundId), first ? "cast" : "revise"));
        return receipt;
    }

    /**
     * R9.10 The caller declares a conflict of interest on a petition, with its reason, before the round closes; a
     * ballot they had begun or cast on it is withdrawn.
     */
    public void declareConflict(@NotNull MemberSecret secret, long roundId, long nominationId,
            @NotBlank @Size(max = REASON_MAX) String reason) {
        var round = round(roundId);
        if (round.isClosedAt(clock.instant())) {
            throw new BusinessException("round.error.notOpen");
        }
        var member = seat(round);
        var petition = RoundService.petition(em, round, nominationId);
        if (recusal(member, round, petition, declared(roundId)).isPresent()) {
            throw new BusinessException("conflict.error.already");
        }
        if (hasCast(round, member, nominationId) && mine(secret, roundId, nominationId).isEmpty()) {
            throw new BusinessException("ballot.error.castEarlier");
        }
        mine(secret, roundId, nominationId).ifPresent(em::remove);
        em.createQuery("DELETE FROM Participation p WHERE p.id.roundId = :roundId AND p.id.memberId = :memberId"
                + " AND p.id.nominationId = :nominationId")
                .setParameter("roundId", roundId)
                .setParameter("memberId", member.getId())
                .setParameter("nominationId", nominationId)
                .executeUpdate();
        em.persist(new DeclaredConflict(roundId, member.getId(), nominationId, reason.strip()));
        changes.fire(new StateChange("DeclaredConflict", String.valueOf(roundId), "declare", null,
                petition.getRegistrationNumber()));
    }

    /** R9.8 The caller's cast ballots of a round with their receipt codes and the hashes the board shows. */
    public List<MyReceipt> receipts(@NotNull MemberSecret secret, long roundId) {
        var round = round(roundId);
        seat(round);
        var keys = round.getPetitionIds().stream().map(id -> secret.ballotKey(roundId, id)).toList();
        return em.createNamedQuery(Ballot.FIND_BY_KEYS, Ballot.class)
                .setParameter("keys", keys)
                .getResultStream()
                .filter(Ballot::isSubmitted)
                .flatMap(ballot -> secret.openText(ballot.getSealedReceipt()).stream().map(code -> {
                    var petition = em.find(Nomination.class, ballot.getNominationId());
                    return new MyReceipt(PetitionSummary.of(petition), code, ballot.getReceiptHash(),
                            ballot.getScores());
                }))
                .sorted(Comparator.comparing(receipt -> receipt.petition().registrationNumber()))
                .toList();
    }

    private Optional<Ballot> mine(MemberSecret secret, long roundId, long nominationId) {
        return em.createNamedQuery(Ballot.FIND_BY_KEYS, Ballot.class)
                .setParameter("keys", List.of(secret.ballotKey(roundId, nominationId)))
                .getResultStream()
                .findFirst();
    }

    private boolean hasCast(ScoringRound round, CouncilMember member, long nominationId) {
        return em.find(Participation.class, new Participation.Key(round.getId(), member.getId(), nominationId))
                != null;
    }

    /** R9.11 A ballot cast under an earlier secret counts and cannot be replaced by a second one. */
    private void requireNotCastEarlier(ScoringRound round, CouncilMember member, long nominationId) {
        if (hasCast(round, member, nominationId)) {
            throw new BusinessException("ballot.error.castEarlier");
        }
    }

    private void requireNotRecused(CouncilMember member, ScoringRound round, Nomination petition) {
        if (recusal(member, round, petition, declared(round.getId())).isPresent()) {
            throw new BusinessException("ballot.error.recused");
        }
    }

    private Optional<Recusal> recusal(CouncilMember member, ScoringRound round, Nomination petition,
            List<DeclaredConflict> declared) {
        return conflicts.recusal(member, round.getId(), petition.getId(), petition.getOrganisation().getId(),
                declared);
    }

    private static BallotState state(Optional<Recusal> recusal, Ballot ballot, boolean cast) {
        if (recusal.isPresent()) {
            return BallotState.RECUSED;
        }
        if (ballot != null) {
            return ballot.isSubmitted() ? BallotState.SUBMITTED : BallotState.DRAFT;
        }
        return cast ? BallotState.SUBMITTED_EARLIER : BallotState.NOT_SCORED;
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

    /** R9.17 Ballots are cast, changed and drafted only while the round is open. */
    private ScoringRound openRound(long roundId) {
        var round = round(roundId);
        if (!round.isOpenAt(clock.instant())) {
            throw new BusinessException("round.error.notOpen");
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
