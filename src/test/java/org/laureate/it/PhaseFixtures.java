package org.laureate.it;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.platform.Country;
import org.laureate.scoring.entity.CandidateList;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;

/** What the phase tests stand on, stored straight through the entities: a cycle in a phase, a list to publish. */
@Stateless
public class PhaseFixtures {

    @PersistenceContext
    EntityManager em;

    /** A cycle named for {@code firstYear}, in {@code phase}, whose call closes at {@code closes}. */
    public long cycle(int firstYear, CyclePhase phase, Instant closes) {
        var cycle = AwardCycle.forYears(firstYear);
        em.persist(cycle);
        em.flush();
        em.createQuery("UPDATE AwardCycle c SET c.phase = :phase, c.callClosesAt = :closes WHERE c.id = :id")
                .setParameter("phase", phase)
                .setParameter("closes", closes)
                .setParameter("id", cycle.getId())
                .executeUpdate();
        return cycle.getId();
    }

    /** A closed round of the cycle and its list of candidates, confirmed by both co-chairs, not yet published. */
    public long confirmedList(long cycleId, List<Long> petitions, long chairBy, long chairRu) {
        var now = Instant.now();
        var round = new ScoringRound(cycleId, "Отбор", now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)),
                ScoringRound.equalWeights(), RankingRule.WEIGHTED_MEAN, petitions);
        em.persist(round);
        em.flush();
        var list = new CandidateList(round.getId(), petitions, now);
        list.confirm(Country.BY, chairBy);
        list.confirm(Country.RU, chairRu);
        em.persist(list);
        em.flush();
        return list.getId();
    }

    /** Moves a seeded cycle to a phase, as the steps before it would have. */
    public void phase(long cycleId, CyclePhase phase) {
        em.createQuery("UPDATE AwardCycle c SET c.phase = :phase WHERE c.id = :id")
                .setParameter("phase", phase)
                .setParameter("id", cycleId)
                .executeUpdate();
    }
}
