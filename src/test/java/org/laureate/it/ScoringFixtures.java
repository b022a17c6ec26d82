package org.laureate.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.laureate.council.entity.CouncilMember;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.demo.DemoData;
import org.laureate.nomination.entity.Material;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.Nominee;
import org.laureate.nomination.entity.PublicityForm;
import org.laureate.organisation.entity.Organisation;
import org.laureate.organisation.entity.OrganisationKind;
import org.laureate.platform.Country;
import org.laureate.scoring.entity.RankingRule;
import org.laureate.scoring.entity.ScoringRound;
import org.laureate.security.boundary.PasswordHashing;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/**
 * What the scoring tests stand on, stored straight through the entities, each call a transaction of its own: a cycle
 * whose call has closed with its admitted petitions, the accounts of experts and co-chairs, a council of plain members
 * and an open round.
 */
@Stateless
public class ScoringFixtures {

    /** Every expert these tests create signs in with this password. */
    static final String PASSWORD = "a long expert password";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    /**
     * A cycle {@linkplain CycleYears#longAgo long before} {@code firstYear} with {@code petitions} admitted petitions,
     * each of an organisation of its own (Belarusian and Russian in turn), whose call closed long ago and which waits
     * for its Expert Council ({@code CALL_CLOSED}), publishing a petition's figures from {@code minBallots} ballots.
     * The petitions are submitted within the call.
     */
    public Seeded cycle(int firstYear, int petitions, int minBallots) {
        var cycle = AwardCycle.forYears(CycleYears.longAgo(firstYear));
        em.persist(cycle);
        em.flush();
        var admitted = admitted(em, cycle, firstYear, petitions);
        em.flush();
        em.createNativeQuery("UPDATE award_cycle SET phase = 'CALL_CLOSED', min_ballots = ? WHERE id = ?")
                .setParameter(1, minBallots)
                .setParameter(2, cycle.getId())
                .executeUpdate();
        return new Seeded(cycle.getId(), admitted.stream().map(Nomination::getId).toList(),
                admitted.stream().map(n -> n.getOrganisation().getId()).toList(),
                admitted.stream().map(Nomination::getRegistrationNumber).toList());
    }

    /**
     * {@code petitions} petitions of the cycle, submitted within its call and admitted, each of a verified
     * organisation of its own (Belarusian and Russian in turn) and its author named "Автор &lt;label&gt;-&lt;i&gt;".
     */
    static List<Nomination> admitted(EntityManager em, AwardCycle cycle, int label, int petitions) {
        var during = cycle.getCallOpensAt().plus(Duration.ofDays(30));
        var admitted = new ArrayList<Nomination>();
        for (int i = 0; i < petitions; i++) {
            var country = i % 2 == 0 ? Country.BY : Country.RU;
            var organisation = new Organisation("Союз " + label + "-" + i, null, OrganisationKind.CREATIVE_UNION,
                    country);
            organisation.verify();
            em.persist(organisation);
            em.flush();
            var nomination = Nomination.draft(cycle, organisation, during);
            nomination.addNominee(new Nominee("Автор " + label + "-" + i, null, LocalDate.of(1965, 3, 8), "BY",
                    "Композитор", null), during);
            nomination.describeWork("Произведение " + label + "-" + i, ArtField.MUSIC, PublicityForm.PREMIERE,
                    cycle.getPublicityCutoff().minusMonths(2), "Описание", during);
            nomination.giveReasons("Укрепление дружбы народов", during);
            nomination.addMaterial(Material.link("Запись", "https://example.org/" + label + "/" + i, during),
                    during);
            em.persist(nomination);
            nomination.submit(during, i / 2 + 1);
            nomination.admit(during.plus(Duration.ofDays(1)));
            admitted.add(nomination);
        }
        return admitted;
    }

    /**
     * A secretariat's account of this username, its second factor enrolled with the demo's secret ({@link
     * DemoData#TOTP_SECRET}): it signs in with {@link #PASSWORD} and that secret's code.
     */
    public Account secretary(String username) {
        var account = new Account(username, passwords.hash(PASSWORD), "Секретариат " + username,
                username + "@example.org");
        account.assign(Set.of(Role.ADMIN), null, null);
        account.enrolSecondFactor(DemoData.TOTP_SECRET, 0);
        em.persist(account);
        return account;
    }

    /** A new expert's account, a co-chair's when {@code chair}, with a unique username that starts with the prefix. */
    public Account expert(String prefix, boolean chair) {
        var username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var account = new Account(username, passwords.hash(PASSWORD), "Эксперт " + username,
                username + "@example.org");
        account.assign(chair ? Set.of(Role.EXPERT_CHAIR) : Set.of(Role.EXPERT), null, null);
        em.persist(account);
        em.flush();
        return account;
    }

    /**
     * {@code members} new experts seated on the cycle's council as plain Russian members, their usernames starting
     * with the prefix and their number.
     */
    public List<Account> seated(long cycleId, String prefix, int members) {
        var accounts = new ArrayList<Account>();
        for (int m = 0; m < members; m++) {
            var account = expert(prefix + m, false);
            em.persist(new CouncilMember(cycleId, account.getId(), false, Country.RU, null));
            accounts.add(account);
        }
        em.flush();
        return accounts;
    }

    /**
     * A round on every petition of the cycle, open since a minute ago for {@code open} more, with equal weights and
     * the trimmed mean: its id.
     */
    public long openRound(Seeded cycle, String name, Duration open) {
        var round = new ScoringRound(cycle.cycleId(), name, Instant.now().minusSeconds(60), Instant.now().plus(open),
                ScoringRound.equalWeights(), RankingRule.TRIMMED_MEAN, cycle.petitions());
        em.persist(round);
        em.flush();
        return round.getId();
    }

    /** A statement that changes rows, such as a password reset's loss of the sealed secret. */
    public int update(String statement, Object... parameters) {
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** A cycle ready for a round: its id, its admitted petitions, their organisations and registration numbers. */
    public record Seeded(long cycleId, List<Long> petitions, List<Long> organisations, List<String> numbers) {

        long petition(int index) {
            return petitions.get(index);
        }
    }
}
