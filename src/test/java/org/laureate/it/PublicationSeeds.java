package org.laureate.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.laureate.cycle.entity.ArtField;
import org.laureate.nomination.entity.Nomination;
import org.laureate.platform.Country;
import org.laureate.scoring.entity.CandidateList;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.entity.Account;

/**
 * A published list of candidates stored straight through the entities, in one transaction: admitted petitions of a
 * draft cycle, a closed round over them, and a list of some of them that both demo co-chairs confirmed and the
 * secretariat published.
 */
@Stateless
public class PublicationSeeds {

    @PersistenceContext
    EntityManager em;

    @Inject
    PetitionSeeds petitions;

    /**
     * Admitted petitions with these titles, each of its own organisation (its user named from {@code username});
     * the first {@code onTheList} of them stand on the published list.
     */
    public List<Long> published(int firstYear, String username, List<String> titles, int onTheList) {
        var cycle = petitions.cycle(firstYear);
        var duringTheCall = cycle.getCallOpensAt().plus(Duration.ofDays(30));
        var ids = new ArrayList<Long>();
        for (String title : titles) {
            var user = username + "-" + ids.size();
            var organisation = petitions.organisation("Філармонія " + user, Country.BY, user);
            Nomination petition = petitions.submitted(cycle.getId(), organisation.getId(), title, ArtField.MUSIC,
                    cycle.getPublicityCutoff().minusMonths(6), List.of("Алесь Светлы"), false, duringTheCall);
            petition.admit(duringTheCall.plus(Duration.ofDays(1)));
            ids.add(petition.getId());
        }
        var opens = cycle.getCallClosesAt().plus(Duration.ofDays(10));
        var closes = opens.plus(Duration.ofDays(10));
        var round = new ScoringRound(cycle.getId(), "Адбор суіскальнікаў " + username, opens, closes,
                ScoringRound.equalWeights(), RankingRule.TRIMMED_MEAN, ids);
        em.persist(round);
        em.flush();
        var list = new CandidateList(round.getId(), ids.subList(0, onTheList), closes.plus(Duration.ofDays(1)));
        list.confirm(Country.BY, account("chair-by"));
        list.confirm(Country.RU, account("chair-ru"));
        list.publish(closes.plus(Duration.ofDays(2)));
        em.persist(list);
        return ids;
    }

    private long account(String username) {
        return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getSingleResult()
                .getId();
    }
}
