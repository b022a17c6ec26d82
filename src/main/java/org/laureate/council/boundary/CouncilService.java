package org.laureate.council.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.laureate.council.control.ConflictPolicy;
import org.laureate.council.entity.CouncilMember;
import org.laureate.council.entity.DeclaredConflict;
import org.laureate.council.entity.Recusal;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.nomination.entity.Nomination;
import org.laureate.organisation.entity.Organisation;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.platform.StateChange;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/**
 * The Expert Council of a cycle: the secretariat composes it (its members and its two co-chairs); the features that
 * the council works in (the scoring rounds, the final vote) ask here whether the caller sits on it, and from which
 * petitions a member is recused.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CouncilService {

    public static final int REASON_MAX = 1000;

    private static final String SUBJECT = "CouncilMember";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Resource
    SessionContext context;

    @Inject
    Event<StateChange> changes;

    @Inject
    Event<SeatDismissal> dismissals;

    private final ConflictPolicy conflicts = new ConflictPolicy();

    /** The council of a cycle, co-chairs first. */
    public List<CouncilSeat> council(long cycleId) {
        return members(cycleId).stream()
                .map(this::seat)
                .toList();
    }

    /** The seats of a cycle's council, co-chairs first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public List<CouncilMember> members(long cycleId) {
        return em.createNamedQuery(CouncilMember.FIND_BY_CYCLE, CouncilMember.class)
                .setParameter("cycleId", cycleId)
                .getResultList();
    }

    /** The full names of the holders of the seats, in the order given. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public List<String> names(@NotNull Collection<CouncilMember> members) {
        return members.stream()
                .map(member -> em.find(Account.class, member.getAccountId()).getFullName())
                .toList();
    }

    /**
     * R8.1 Appoints an account to a cycle's council: a member must hold the EXPERT role, a co-chair EXPERT_CHAIR; a
     * council has at most one co-chair from each country; nobody sits twice.
     */
    public CouncilMember appoint(long cycleId, long accountId, boolean coChair, @NotNull Country country,
            Long organisationId) {
        if (em.find(AwardCycle.class, cycleId) == null) {
            throw new BusinessException("general.error.notFound");
        }
        var account = em.find(Account.class, accountId);
        if (account == null || !account.has(coChair ? Role.EXPERT_CHAIR : Role.EXPERT)) {
            throw new BusinessException("council.error.role");
        }
        if (organisationId != null && em.find(Organisation.class, organisationId) == null) {
            throw new BusinessException("general.error.notFound");
        }
        var seats = members(cycleId);
        if (seats.stream().anyMatch(seat -> seat.getAccountId() == accountId)) {
            throw new BusinessException("council.error.seated");
        }
        if (coChair && seats.stream().anyMatch(seat -> seat.isCoChair() && seat.getCountry() == country)) {
            throw new BusinessException("council.error.coChairCountry");
        }
        var member = new CouncilMember(cycleId, accountId, coChair, country, organisationId);
        em.persist(member);
        em.flush();
        changes.fire(new StateChange(SUBJECT, String.valueOf(member.getId()), "appoint", null,
                account.getUsername() + (coChair ? " co-chair " : " member ") + country));
        return member;
    }

    /**
     * R8.7 Removes a seat whose member has not been issued the credentials of any round of the cycle nor been
     * registered present at its final vote: the server never knows who cast a ballot, only who could. The features
     * that know it refuse the removal when they observe its {@link SeatDismissal}.
     */
    public void dismiss(long memberId) {
        var member = em.find(CouncilMember.class, memberId);
        if (member == null) {
            throw new BusinessException("general.error.notFound");
        }
        dismissals.fire(new SeatDismissal(memberId, member.getCycleId(), member.getAccountId()));
        em.createQuery("DELETE FROM DeclaredConflict c WHERE c.memberId = :memberId")
                .setParameter("memberId", memberId)
                .executeUpdate();
        em.remove(member);
        changes.fire(new StateChange(SUBJECT, String.valueOf(memberId), "dismiss", null, null));
    }

    /** The accounts that may sit on a council: those with the EXPERT or EXPERT_CHAIR role. */
    public List<Account> candidates() {
        return em.createNamedQuery(Account.FIND_ALL, Account.class)
                .getResultStream()
                .filter(account -> account.has(Role.EXPERT) || account.has(Role.EXPERT_CHAIR))
                .toList();
    }

    /** The caller's seat on the council of a cycle, if the caller sits on it. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public Optional<CouncilMember> callerSeat(long cycleId) {
        return em.createNamedQuery(CouncilMember.FIND_BY_CYCLE_AND_ACCOUNT, CouncilMember.class)
                .setParameter("cycleId", cycleId)
                .setParameter("accountId", caller().getId())
                .getResultStream()
                .findFirst();
    }

    /** The caller's seat on the council of a cycle; a council the caller does not sit on does not exist for them. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public CouncilMember requireCallerSeat(long cycleId) {
        return callerSeat(cycleId).orElseThrow(() -> new BusinessException("general.error.notFound"));
    }

    /** The caller's seats: one on the council of each cycle the caller sits on. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public List<CouncilMember> callerSeats() {
        return em.createNamedQuery(CouncilMember.FIND_BY_ACCOUNT, CouncilMember.class)
                .setParameter("accountId", caller().getId())
                .getResultList();
    }

    /**
     * R9.21, R10.7, R12.13 That the caller may read what the council of a cycle reads: they sit on it, or hold one of
     * the roles that read every council's (the secretariat's, the Councils' recorders'); for anyone else the council's
     * pages do not exist. The roles are the signed-in caller's, as every method's allowed roles are checked; only a
     * seat is looked up (the secretariat's pages of results asked for its account twice a request).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public void requireReader(long cycleId, @NotNull Role... readersOfAll) {
        if (Arrays.stream(readersOfAll).noneMatch(role -> context.isCallerInRole(role.name()))
                && callerSeat(cycleId).isEmpty()) {
            throw new BusinessException("general.error.notFound");
        }
    }

    /**
     * R9.9, R9.10 The petitions of a round (by id, with the id of their nominating organisation) that a member is
     * recused from, and why.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public Map<Long, Recusal> recusals(@NotNull CouncilMember member, long roundId,
            @NotNull Map<Long, Long> organisations) {
        var declared = declared(roundId);
        var recusals = new TreeMap<Long, Recusal>();
        organisations.forEach((petitionId, organisationId) -> conflicts
                .recusal(member, roundId, petitionId, organisationId, declared)
                .ifPresent(recusal -> recusals.put(petitionId, recusal)));
        return recusals;
    }

    /**
     * R12.12 The petitions (by id, with the id of their nominating organisation) that a member is recused from
     * whatever the round: those of their own organisation and those they declared a conflict on in any of the rounds.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.EXPERT, Role.Names.EXPERT_CHAIR, Role.Names.COUNCIL})
    public Map<Long, Recusal> recusalsInRounds(@NotNull CouncilMember member, @NotNull Collection<Long> roundIds,
            @NotNull Map<Long, Long> organisations) {
        var declared = roundIds.isEmpty() ? List.<DeclaredConflict>of()
                : em.createNamedQuery(DeclaredConflict.FIND_BY_ROUNDS, DeclaredConflict.class)
                        .setParameter("roundIds", roundIds)
                        .getResultList();
        var recusals = new TreeMap<Long, Recusal>();
        organisations.forEach((petitionId, organisationId) -> conflicts
                .recusalInAnyRound(member.getId(), member.getOrganisationId(), petitionId, organisationId,
                        declared)
                .ifPresent(recusal -> recusals.put(petitionId, recusal)));
        return recusals;
    }

    /**
     * R9.10 The caller declares a conflict of interest, with its reason, on a petition of a round of the council they
     * sit on, from which they are not recused already. The round's feature checks that the round is still open and
     * holds the petition.
     */
    @RolesAllowed({Role.Names.EXPERT, Role.Names.EXPERT_CHAIR})
    public void declareConflict(long cycleId, long roundId, @NotNull Nomination petition,
            @NotBlank @Size(max = REASON_MAX) String reason) {
        var member = requireCallerSeat(cycleId);
        if (conflicts.recusal(member, roundId, petition.getId(), petition.getOrganisation().getId(),
                declared(roundId)).isPresent()) {
            throw new BusinessException("conflict.error.already");
        }
        em.persist(new DeclaredConflict(roundId, member.getId(), petition.getId(), reason.strip()));
        changes.fire(new StateChange("DeclaredConflict", String.valueOf(roundId), "declare", null,
                petition.getRegistrationNumber()));
    }

    private List<DeclaredConflict> declared(long roundId) {
        return em.createNamedQuery(DeclaredConflict.FIND_BY_ROUND, DeclaredConflict.class)
                .setParameter("roundId", roundId)
                .getResultList();
    }

    private Account caller() {
        return accounts.current().orElseThrow(() -> new BusinessException("general.error.notFound"));
    }

    private CouncilSeat seat(CouncilMember member) {
        var account = em.find(Account.class, member.getAccountId());
        var organisation = member.getOrganisationId() == null ? null
                : em.find(Organisation.class, member.getOrganisationId()).getNameRu();
        return new CouncilSeat(member.getId(), member.getAccountId(), account.getUsername(), account.getFullName(),
                member.isCoChair(), member.getCountry(), organisation);
    }
}
