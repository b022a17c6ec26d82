package org.laureate.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.laureate.council.entity.CouncilMember;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.BlindRsa;
import org.laureate.platform.Country;
import org.laureate.scoring.entity.Ballot;
import org.laureate.scoring.entity.Criterion;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.boundary.PasswordHashing;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/** Accounts, admitted petitions and an open round stored straight through their entities, for the scoring tests. */
@Stateless
public class CandidateListSeeds {

    static final String PASSWORD = "a long password";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    /** The account of this username, made with these roles when there is none yet. */
    public Account account(String username, Set<Role> roles) {
        var existing = em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        var account = new Account(username, passwords.hash(PASSWORD), "Эксперт " + username,
                username + "@example.org");
        account.assign(roles, null, null);
        em.persist(account);
        return account;
    }

    public void admit(long nominationId, Instant now) {
        em.find(Nomination.class, nominationId).admit(now);
    }

    /** A seat on a cycle's council. */
    public void seat(long cycleId, long accountId, boolean coChair, Country country) {
        em.persist(new CouncilMember(cycleId, accountId, coChair, country, null));
    }

    /**
     * A round with equal weights ranked by the trimmed mean, closed a day ago, on which {@code members} anonymous
     * members have each cast one ballot per petition, scoring every criterion with the same number: the first member
     * {@code first} on the first petition, each next member and each next petition one point less, down to 1.
     */
    public ScoringRound closedRound(long cycleId, String title, List<Long> petitionIds, int members, int first) {
        var now = Instant.now();
        var round = new ScoringRound(cycleId, title, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)),
                ScoringRound.equalWeights(), RankingRule.TRIMMED_MEAN, petitionIds);
        em.persist(round);
        em.flush();
        for (int m = 0; m < members; m++) {
            for (int p = 0; p < petitionIds.size(); p++) {
                var petitionId = petitionIds.get(p);
                int score = Math.max(1, first - m - p);
                var receipt = BlindRsa.receipt(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
                em.persist(new Ballot(round.getId(), petitionId, receipt,
                        Map.of(Criterion.ARTISTIC_MERIT, score, Criterion.FRIENDSHIP, score,
                                Criterion.SIGNIFICANCE, score)));
            }
        }
        return round;
    }

    /** A round with equal weights ranked by the trimmed mean, opened an hour ago and closing in a day. */
    public ScoringRound openRound(long cycleId, String title, Collection<Long> petitionIds) {
        var now = Instant.now();
        var round = new ScoringRound(cycleId, title, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)),
                ScoringRound.equalWeights(), RankingRule.TRIMMED_MEAN, petitionIds);
        em.persist(round);
        return round;
    }
}
