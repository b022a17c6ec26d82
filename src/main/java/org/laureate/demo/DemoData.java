package org.laureate.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.cycle.entity.CyclePhase;
import org.laureate.cycle.entity.Milestone;
import org.laureate.platform.Country;
import org.laureate.organization.entity.LegalDetails;
import org.laureate.organization.entity.Organisation;
import org.laureate.organization.entity.OrganisationKind;
import org.laureate.platform.Config;
import org.laureate.security.boundary.PasswordHashing;
import org.laureate.security.entity.Account;
import org.laureate.security.entity.Role;

/**
 * Loads the demo data on first start: the 2025–2026 cycle with its real calendar, organisations of both countries and an
 * account for every role (README, "Demo accounts"). It loads into the embedded default database only, unless
 * {@code LAUREATE_DEMO=true} asks for it explicitly, and never twice.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
public class DemoData {

    /** The password of every demo account. */
    public static final String PASSWORD = "laureate-demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    @ConfigProperty(name = Config.DEMO, defaultValue = "auto")
    String demo;

    @Inject
    @ConfigProperty(name = Config.DB_URL)
    String databaseUrl;

    @PostConstruct
    void load() {
        boolean wanted = "true".equals(demo) || "auto".equals(demo) && databaseUrl.startsWith("jdbc:h2:");
        if (!wanted || em.createQuery("SELECT COUNT(c) FROM AwardCycle c", Long.class).getSingleResult() > 0) {
            return;
        }
        em.persist(cycle2025());
        var composers = organisation("Белорусский союз композиторов", "Беларускі саюз кампазітараў",
                OrganisationKind.CREATIVE_UNION, Country.BY, true);
        organisation("Национальный исторический музей Республики Беларусь",
                "Нацыянальны гістарычны музей Рэспублікі Беларусь", OrganisationKind.CULTURAL_INSTITUTION, Country.BY,
                true);
        organisation("Белорусский государственный университет культуры и искусств",
                "Беларускі дзяржаўны ўніверсітэт культуры і мастацтваў", OrganisationKind.UNIVERSITY, Country.BY, true);
        organisation("Издательский дом «Звязда»", "Выдавецкі дом «Звязда»", OrganisationKind.PUBLISHER, Country.BY,
                false);
        var museum = organisation("Музей Победы", null, OrganisationKind.CULTURAL_INSTITUTION, Country.RU, true);
        organisation("Всероссийский государственный институт кинематографии имени С. А. Герасимова", null,
                OrganisationKind.UNIVERSITY, Country.RU, true);
        organisation("Союз художников России", null, OrganisationKind.CREATIVE_UNION, Country.RU, true);
        organisation("Союз композиторов России", null, OrganisationKind.CREATIVE_UNION, Country.RU, false);
        em.flush();

        account("admin", "Секретариат Постоянного Комитета", Set.of(Role.ADMIN), null, null);
        account("org-by", "Ірына Каваленка", Set.of(Role.ORGANISATION), null, composers);
        account("org-ru", "Анна Смирнова", Set.of(Role.ORGANISATION), null, museum);
        account("ministry-by", "Министерство культуры Республики Беларусь", Set.of(Role.MINISTRY), Country.BY, null);
        account("ministry-ru", "Министерство культуры Российской Федерации", Set.of(Role.MINISTRY), Country.RU, null);
        account("expert", "Алексей Громов", Set.of(Role.EXPERT), null, null);
        account("chair-by", "Сопредседатель Экспертного совета (Беларусь)", Set.of(Role.EXPERT_CHAIR), null, null);
        account("chair-ru", "Сопредседатель Экспертного совета (Россия)", Set.of(Role.EXPERT_CHAIR), null, null);
        account("council", "Секретарь Совета Министров Союзного государства", Set.of(Role.COUNCIL), null, null);
        LOG.info("Demo data loaded: the 2025–2026 cycle, 8 organisations, 9 accounts");
        describeOrganisations();
    }

    /** The legal details and contacts of the demo organisations, which the ministries' review shows. */
    private void describeOrganisations() {
        var organisations = em.createQuery("SELECT o FROM Organisation o ORDER BY o.id", Organisation.class)
                .getResultList();
        for (int i = 0; i < organisations.size(); i++) {
            var organisation = organisations.get(i);
            boolean belarusian = organisation.getCountry() == Country.BY;
            String number = belarusian ? String.format("1900%05d", 1201 + i) : String.format("102770%07d", 4301 + i);
            String address = belarusian ? "220030, г. Минск, ул. Кирова, " + (8 + i)
                    : "121170, г. Москва, ул. Братьев Фонченко, " + (10 + i);
            String contact = belarusian ? "Ірына Каваленка" : "Анна Смирнова";
            organisation.describe(new LegalDetails(number, address, contact,
                    "contact" + organisation.getId() + "@laureate.example"));
        }
    }

    private static AwardCycle cycle2025() {
        var cycle = AwardCycle.forYears(2025);
        // June 2025, in Moscow: the day itself is not published
        cycle.schedule(Milestone.EXPERT_FIRST_MEETING, LocalDate.of(2025, 6, 19));
        cycle.schedule(Milestone.EXPERT_FINAL_MEETING, LocalDate.of(2025, 10, 17));
        cycle.schedule(Milestone.SUPREME_STATE_COUNCIL, LocalDate.of(2026, 2, 26));
        cycle.advanceTo(CyclePhase.CALL_OPEN, cycle.getCallOpensAt());
        cycle.advanceTo(CyclePhase.CALL_CLOSED, cycle.getCallClosesAt());
        return cycle;
    }

    private Organisation organisation(String nameRu, String nameBe, OrganisationKind kind, Country country,
            boolean verified) {
        var organisation = new Organisation(nameRu, nameBe, kind, country);
        if (verified) {
            organisation.verify();
        }
        em.persist(organisation);
        return organisation;
    }

    private void account(String username, String fullName, Set<Role> roles, Country country,
            Organisation organisation) {
        var account = new Account(username, passwords.hash(PASSWORD), fullName, username + "@laureate.example");
        account.assign(roles, country, organisation == null ? null : organisation.getId());
        em.persist(account);
    }
}
