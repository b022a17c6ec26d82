package org.laureate.scoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import org.laureate.council.boundary.CouncilService;
import org.laureate.council.entity.CouncilMember;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.boundary.AccountService;
import org.laureate.security.entity.AccountEventKind;
import org.laureate.security.entity.Role;

/**
 * R9.26 What a co-chair watches while a round of their council is open: the security events of the council's
 * members' accounts since the round opened, and who has obtained the round's credentials.
 */
@Stateless
@RolesAllowed(Role.Names.EXPERT_CHAIR)
public class CouncilWatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    CouncilService council;

    @Inject
    Clock clock;

    /** One security event of a member's account. */
    public record MemberEvent(String fullName, AccountEventKind kind, Instant at, String actor) {
    }

    /** A member and whether they have obtained the round's credentials. */
    public record MemberCredentials(String fullName, boolean issued) {
    }

    /** An open round of a council on which the caller sits as co-chair, and what its members' accounts went through. */
    public record WatchedRound(long roundId, String title, String cycleName, Instant opensAt, Instant closesAt,
            List<MemberCredentials> members, List<MemberEvent> events) {
    }

    /** The open rounds of every council on which the caller sits as co-chair, the latest opened first. */
    public List<WatchedRound> openRounds() {
        var now = clock.instant();
        return council.callerSeats().stream()
                .filter(CouncilMember::isCoChair)
                .flatMap(seat -> em.createNamedQuery(ScoringRound.FIND_BY_CYCLE, ScoringRound.class)
                        .setParameter("cycleId", seat.getCycleId())
                        .getResultStream()
                        .filter(round -> round.isOpenAt(now))
                        .map(this::watch))
                .sorted(Comparator.comparing(WatchedRound::opensAt).reversed())
                .toList();
    }

    private WatchedRound watch(ScoringRound round) {
        var memberIds = council.members(round.getCycleId()).stream().map(CouncilMember::getAccountId).toList();
        var issued = new HashSet<>(em.createQuery("SELECT c.id.accountId FROM CredentialIssue c"
                + " WHERE c.id.roundId = :roundId", Long.class).setParameter("roundId", round.getId()).getResultList());
        var names = accounts.namesOf(memberIds);
        var members = memberIds.stream()
                .map(id -> new MemberCredentials(names.getOrDefault(id, ""), issued.contains(id)))
                .sorted(Comparator.comparing(MemberCredentials::fullName))
                .toList();
        var events = accounts.eventsOf(memberIds, round.getOpensAt()).stream()
                .map(event -> new MemberEvent(event.getAccount().getFullName(), event.getKind(),
                        event.getOccurredAt(), event.getActor()))
                .toList();
        var cycle = em.find(AwardCycle.class, round.getCycleId());
        return new WatchedRound(round.getId(), round.getTitle(), cycle.getName(), round.getOpensAt(),
                round.getClosesAt(), members, events);
    }
}
