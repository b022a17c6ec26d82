package org.laureate.it;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.nomination.control.MaterialInspector;
import org.laureate.nomination.entity.Material;
import org.laureate.nomination.entity.MaterialKind;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.Nominee;
import org.laureate.nomination.entity.PublicityForm;
import org.laureate.organisation.entity.Organisation;
import org.laureate.organisation.entity.OrganisationKind;
import org.laureate.platform.Country;
import org.laureate.security.boundary.PasswordHashing;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/** Petitions stored straight through their entities, each in a transaction of its own, for the tests to act on. */
@Stateless
public class PetitionSeeds {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    /**
     * The cycle for the two years from {@code firstYear}, created on first use. It stays in its draft phase, so that it
     * never becomes the current cycle that other tests expect to be the demo data's; its call is open or closed by its
     * dates alone, which is all the petitions' rules read.
     */
    public AwardCycle cycle(int firstYear) {
        var name = firstYear + "–" + (firstYear + 1);
        return em.createQuery("SELECT c FROM AwardCycle c WHERE c.name = :name", AwardCycle.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    var cycle = AwardCycle.forYears(firstYear);
                    em.persist(cycle);
                    return cycle;
                });
    }

    /** A verified organisation with one user who reads mail in Belarusian. */
    public Organisation organisation(String name, Country country, String username) {
        var organisation = new Organisation(name, null, OrganisationKind.CREATIVE_UNION, country);
        organisation.verify();
        em.persist(organisation);
        em.flush();
        var account = new Account(username, passwords.hash("a long password"), "Сябра " + name,
                username + "@example.org");
        account.assign(Set.of(Role.ORGANISATION), null, organisation.getId());
        account.prefer("be");
        em.persist(account);
        return organisation;
    }

    /**
     * A petition of the organisation, drafted and submitted at {@code now}: its authors, its work made public on
     * {@code madePublicOn}, its reasons and, when {@code withMaterial}, a PDF document.
     */
    public Nomination submitted(long cycleId, long organisationId, String title, ArtField field, LocalDate madePublicOn,
            List<String> authors, boolean withMaterial, Instant now) {
        var cycle = em.find(AwardCycle.class, cycleId);
        var nomination = Nomination.draft(cycle, em.find(Organisation.class, organisationId), now);
        for (String author : authors) {
            nomination.addNominee(new Nominee(author, null, LocalDate.of(1960, 5, 9), "BY", "Кампазітар", null), now);
        }
        nomination.describeWork(title, field, PublicityForm.PREMIERE, madePublicOn, "Апісанне", now);
        nomination.giveReasons("Умацаванне сяброўства народаў", now);
        if (withMaterial) {
            var pdf = "%PDF-1.4 праграма".getBytes(StandardCharsets.UTF_8);
            nomination.addMaterial(Material.file(MaterialKind.DOCUMENT, "Праграма канцэрта", "праграма.pdf",
                    "application/pdf", pdf, MaterialInspector.sha256(pdf), now), now);
        }
        em.persist(nomination);
        Integer max = em.createNamedQuery(Nomination.MAX_SEQUENCE, Integer.class)
                .setParameter("cycle", cycle)
                .setParameter("country", nomination.getCountry())
                .getSingleResult();
        nomination.submit(now, max == null ? 1 : max + 1);
        em.flush();
        return nomination;
    }

    /** A draft petition of the organisation in the cycle, started at {@code now}, with its reasons. */
    public Nomination draft(long cycleId, long organisationId, Instant now) {
        var nomination = Nomination.draft(em.find(AwardCycle.class, cycleId),
                em.find(Organisation.class, organisationId), now);
        nomination.giveReasons("Умацаванне сяброўства народаў", now);
        em.persist(nomination);
        em.flush();
        return nomination;
    }

    public Nomination find(long id) {
        var nomination = em.find(Nomination.class, id);
        em.refresh(nomination);
        return nomination;
    }
}
