package org.laureate.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.laureate.council.entity.CouncilMember;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.MajorityRule;
import org.laureate.cycle.entity.VoteMode;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.Country;
import org.laureate.scoring.entity.CandidateList;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.boundary.PasswordHashing;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/**
 * What the final vote and the resolutions stand on, stored straight through the entities in one transaction: a cycle
 * whose call has closed, with its admitted petitions, its council (two co-chairs, then members), a closed round and
 * its candidates' list, confirmed by both co-chairs and published, holding every petition.
 */
@Stateless
public class DecisionFixtures {

    /** Every member these tests create signs in with this password. */
    static final String PASSWORD = "a long member password";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    /**
     * A cycle {@linkplain CycleYears#longAgo long before} {@code firstYear} (its call closed long ago), voting by
     * {@code mode} and {@code rule} for {@code prizes} prizes, with {@code petitions} admitted petitions, all of them
     * published candidates, each of its own organisation and its author named "Автор &lt;year&gt;-&lt;i&gt;", and a
     * council of {@code size} seats: two co-chairs (BY, RU), then members; the first member belongs to the
     * organisation of the first petition when {@code firstMemberRecused}.
     */
    public Scene scene(int firstYear, int petitions, int size, VoteMode mode, MajorityRule rule, int prizes,
            boolean firstMemberRecused) {
        var cycle = AwardCycle.forYears(CycleYears.longAgo(firstYear));
        cycle.voteBy(mode, rule);
        em.persist(cycle);
        em.flush();
        var admitted = ScoringFixtures.admitted(em, cycle, firstYear, petitions);
        em.flush();
        em.createNativeQuery("UPDATE award_cycle SET phase = 'EXPERT_REVIEW', prize_count = ? WHERE id = ?")
                .setParameter(1, prizes)
                .setParameter(2, cycle.getId())
                .executeUpdate();

        var ids = admitted.stream().map(Nomination::getId).toList();
        var usernames = new ArrayList<String>();
        var members = new ArrayList<Long>();
        var accounts = new ArrayList<Long>();
        for (int i = 0; i < size; i++) {
            boolean chair = i < 2;
            var account = account((chair ? "chair" : "member") + i, chair);
            Long organisation = i == 2 && firstMemberRecused ? admitted.get(0).getOrganisation().getId() : null;
            var seat = new CouncilMember(cycle.getId(), account.getId(), chair, i == 0 ? Country.BY : Country.RU,
                    organisation);
            em.persist(seat);
            em.flush();
            usernames.add(account.getUsername());
            accounts.add(account.getId());
            members.add(seat.getId());
        }

        var now = Instant.now();
        var round = new ScoringRound(cycle.getId(), "Отбор " + firstYear, now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(1)), ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN, ids);
        em.persist(round);
        em.flush();
        var list = new CandidateList(round.getId(), ids, now);
        list.confirm(Country.BY, accounts.get(0));
        list.confirm(Country.RU, accounts.get(1));
        list.publish(now);
        em.persist(list);
        em.flush();
        return new Scene(cycle.getId(), firstYear, ids,
                admitted.stream().map(Nomination::getRegistrationNumber).toList(),
                admitted.stream().map(n -> n.getNominees().get(0).getId()).toList(), usernames, members);
    }

    private Account account(String prefix, boolean chair) {
        var username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var account = new Account(username, passwords.hash(PASSWORD), "Член совета " + username,
                username + "@example.org");
        account.assign(chair ? Set.of(Role.EXPERT_CHAIR) : Set.of(Role.EXPERT), null, null);
        em.persist(account);
        em.flush();
        return account;
    }

    /**
     * A seeded cycle: its petitions (with their registration numbers and first authors) and its council, co-chairs
     * first, as usernames and as seat ids in the same order.
     */
    public record Scene(long cycleId, int cycleYear, List<Long> petitions, List<String> numbers, List<Long> authors,
            List<String> usernames, List<Long> members) {

        long petition(int index) {
            return petitions.get(index);
        }

        List<Long> members(int count) {
            return members.subList(0, count);
        }
    }
}
