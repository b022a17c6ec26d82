package org.laureate.scoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.organisation.entity.Organisation;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.platform.StateChange;
import org.laureate.scoring.entity.CouncilMember;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/** The secretariat composes the Expert Council of a cycle: its members and its two co-chairs. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CouncilService {

    private static final String SUBJECT = "CouncilMember";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<StateChange> changes;

    /** The council of a cycle, co-chairs first. */
    public List<CouncilSeat> council(long cycleId) {
        return em.createNamedQuery(CouncilMember.FIND_BY_CYCLE, CouncilMember.class)
                .setParameter("cycleId", cycleId)
                .getResultList()
                .stream()
                .map(this::seat)
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
        var seats = em.createNamedQuery(CouncilMember.FIND_BY_CYCLE, CouncilMember.class)
                .setParameter("cycleId", cycleId)
                .getResultList();
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
     * registered present at its final vote: the server never knows who cast a ballot, only who could.
     */
    public void dismiss(long memberId) {
        var member = em.find(CouncilMember.class, memberId);
        if (member == null) {
            throw new BusinessException("general.error.notFound");
        }
        long issued = em.createQuery("SELECT COUNT(c) FROM CredentialIssue c, ScoringRound r"
                        + " WHERE r.id = c.id.roundId AND r.cycleId = :cycleId AND c.id.accountId = :accountId",
                        Long.class)
                .setParameter("cycleId", member.getCycleId())
                .setParameter("accountId", member.getAccountId())
                .getSingleResult();
        long present = em.createQuery("SELECT COUNT(v) FROM FinalVote v JOIN v.present p WHERE p = :memberId",
                        Long.class)
                .setParameter("memberId", memberId)
                .getSingleResult();
        if (issued + present > 0) {
            throw new BusinessException("council.error.hasBallots");
        }
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

    private CouncilSeat seat(CouncilMember member) {
        var account = em.find(Account.class, member.getAccountId());
        var organisation = member.getOrganisationId() == null ? null
                : em.find(Organisation.class, member.getOrganisationId()).getNameRu();
        return new CouncilSeat(member.getId(), member.getAccountId(), account.getUsername(), account.getFullName(),
                member.isCoChair(), member.getCountry(), organisation);
    }
}
