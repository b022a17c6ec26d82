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

    /** How long a seeded call lasts. */
    private static final int CALL_DAYS = 400;

    /** How far back an announced seeded cycle's call is moved. */
    private static final int YEARS_BACK = 8000;

    @PersistenceContext
    EntityManager em;

    /**
     * A cycle named for {@code firstYear}, in {@code phase}, whose call closes at {@code closes} and opened
     * {@value #CALL_DAYS} days before: so that it never becomes the current cycle that other tests expect.
     */
    public long cycle(int firstYear, CyclePhase phase, Instant closes) {
        var cycle = AwardCycle.forYears(firstYear);
        em.persist(cycle);
        em.flush();
        em.createQuery("UPDATE AwardCycle c SET c.phase = :phase, c.callOpensAt = :opens, c.callClosesAt = :closes"
                        + " WHERE c.id = :id")
                .setParameter("phase", phase)
                .setParameter("opens", closes.minus(Duration.ofDays(CALL_DAYS)))
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

    /** A list of candidates of a round, proposed and confirmed by the co-chair of Belarus only. */
    public long listConfirmedByBelarus(long roundId, List<Long> petitions, long chairBy) {
        var list = new CandidateList(roundId, petitions, Instant.now());
        list.confirm(Country.BY, chairBy);
        em.persist(list);
        em.flush();
        return list.getId();
    }

    /**
     * Announces a seeded draft cycle in a phase, its call moved {@value #YEARS_BACK} years back, so that it never
     * becomes the current cycle that other tests expect.
     */
    public void announceLongAgo(long cycleId, CyclePhase phase) {
        em.createNativeQuery("UPDATE award_cycle SET phase = ?,"
                        + " call_opens_at = DATE_SUB(call_opens_at, INTERVAL " + YEARS_BACK + " YEAR),"
                        + " call_closes_at = DATE_SUB(call_closes_at, INTERVAL " + YEARS_BACK + " YEAR) WHERE id = ?")
                .setParameter(1, phase.name())
                .setParameter(2, cycleId)
                .executeUpdate();
    }

    /** Moves a seeded cycle to a phase, as the steps before it would have. */
    public void phase(long cycleId, CyclePhase phase) {
        em.createQuery("UPDATE AwardCycle c SET c.phase = :phase WHERE c.id = :id")
                .setParameter("phase", phase)
                .setParameter("id", cycleId)
                .executeUpdate();
    }
}
