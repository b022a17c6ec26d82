package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.demo.DemoData;
import org.laureate.nomination.boundary.MaterialService;
import org.laureate.nomination.boundary.NominationService;
import org.laureate.nomination.entity.Material;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.nomination.entity.Nominee;
import org.laureate.nomination.entity.PublicityForm;
import org.laureate.organisation.boundary.OrganisationService;
import org.laureate.organisation.entity.Organisation;
import org.laureate.organisation.entity.OrganisationKind;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;

/**
 * Petitions stored in MariaDB: the whole petition round-trips, the database itself refuses a second petition of one
 * organisation in one cycle (R4.16), an organisation reaches only its own petitions (R4.17), and the boundaries refuse
 * callers without a role.
 */
@ExtendWith(ArquillianExtension.class)
class NominationServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }


    @Inject
    Store store;

    @Inject
    NominationService nominations;

    @Inject
    MaterialService materials;

    @Inject
    OrganisationService organisations;

    @AfterEach
    void anonymousAgain() {
        Caller.anonymous();
    }

    private static void notFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("general.error.notFound"));
    }

    /**
     * A cycle of its own, far in the future so that its name is free, left a draft so that it never becomes the
     * current cycle of the other tests; the petitions' own instants fall within its call.
     */
    private AwardCycle cycle() {
        return store.persist(AwardCycle.forYears(CycleYears.next()));
    }

    private static Instant during(AwardCycle cycle) {
        return cycle.getCallOpensAt().plusSeconds(86_400);
    }

    private Organisation organisation(Country country) {
        var organisation = new Organisation("Беларускі саюз дызайнераў", "Беларускі саюз дызайнераў",
                OrganisationKind.CREATIVE_UNION, country);
        organisation.verify();
        return store.persist(organisation);
    }

    private static Nomination complete(AwardCycle cycle, Organisation organisation, int sequence) {
        var now = during(cycle);
        var nomination = Nomination.draft(cycle, organisation, now);
        nomination.addNominee(new Nominee("Ўладзімір Сёмін", "Уладзімір Сёмін", LocalDate.of(1970, 4, 1), "BY",
                "Народный художник", "Родился в Витебске."), now);
        nomination.addNominee(new Nominee("Анна Смирнова", null, LocalDate.of(1980, 1, 2), "RU", null, null), now);
        nomination.describeWork("Плакаты «Дружба»", ArtField.DESIGN, PublicityForm.EXHIBITION_OPENING,
                LocalDate.of(1999, 12, 1), "Серия из 12 плакатов", now);
        nomination.giveReasons("Вклад в дружбу народов Беларуси и России", now);
        nomination.addMaterial(Material.link("Каталог", "https://example.org/catalogue", now), now);
        nomination.submit(now, sequence);
        return nomination;
    }

    @Test
    void aPetitionWithItsAuthorsAndMaterialsIsStoredAndReadBack() {
        var cycle = cycle();
        var stored = store.persist(complete(cycle, organisation(Country.BY), 1));

        var read = store.find(Nomination.class, stored.getId());

        assertThat(read.getStatus()).isEqualTo(NominationStatus.SUBMITTED);
        assertThat(read.getRegistrationNumber()).isEqualTo(cycle.getName().replace('–', '-') + "/BY/001");
        assertThat(read.getNominees()).extracting(Nominee::getFullNameRu)
                .containsExactly("Ўладзімір Сёмін", "Анна Смирнова");
        assertThat(read.getNominees().get(0).getFullNameBe()).isEqualTo("Уладзімір Сёмін");
        assertThat(read.getWorkTitle()).isEqualTo("Плакаты «Дружба»");
        assertThat(read.getMaterials()).singleElement().extracting(Material::getUrl)
                .isEqualTo("https://example.org/catalogue");
        assertThat(read.getSubmittedAt()).isEqualTo(during(cycle));
    }

    @Test
    void r4_16_theDatabaseRefusesASecondSubmittedPetitionOfOneOrganisationInOneCycle() {
        var cycle = cycle();
        var organisation = organisation(Country.RU);
        store.persist(complete(cycle, organisation, 1));

        assertThatThrownBy(() -> store.persist(complete(cycle, organisation, 2))).isInstanceOf(EJBException.class);
        assertThat(store.sql("SELECT COUNT(*) FROM nomination WHERE organisation_id = ?", organisation.getId()))
                .first().hasToString("1");
    }

    @Test
    void r4_16_aWithdrawnPetitionFreesTheOrganisationsPlace() {
        var cycle = cycle();
        var organisation = organisation(Country.BY);
        var first = complete(cycle, organisation, 1);
        first.withdraw("Автор снял кандидатуру", during(cycle));
        store.persist(first);

        var second = store.persist(complete(cycle, organisation, 2));

        assertThat(second.getStatus()).isEqualTo(NominationStatus.SUBMITTED);
    }

    @Test
    void r4_17_anOrganisationSeesAndChangesOnlyItsOwnPetitions() {
        var cycle = cycle();
        Caller.signIn("org-by", DemoData.PASSWORD);
        var mine = store.persist(complete(cycle, organisations.mine().orElseThrow(), 1));
        var theirs = store.persist(complete(cycle, organisation(Country.BY), 2));

        assertThat(nominations.get(mine.getId()).getWorkTitle()).isEqualTo(mine.getWorkTitle());
        assertThat(nominations.mine()).extracting(Nomination::getId).contains(mine.getId())
                .doesNotContain(theirs.getId());
        notFound(() -> nominations.get(theirs.getId()));
        notFound(() -> nominations.checks(theirs.getId()));
        notFound(() -> nominations.receipt(theirs.getId()));
        notFound(() -> nominations.giveReasons(theirs.getId(), theirs.getVersion(), "Чужие доводы"));
        notFound(() -> nominations.withdraw(theirs.getId(), theirs.getVersion(), "Чужой отзыв"));

        var unchanged = store.find(Nomination.class, theirs.getId());
        assertThat(unchanged.getStatus()).isEqualTo(NominationStatus.SUBMITTED);
        assertThat(unchanged.getReasons()).isEqualTo("Вклад в дружбу народов Беларуси и России");
    }

    @Test
    void thePetitionBoundariesRefuseACallerWithoutARole() {
        assertThatThrownBy(() -> nominations.current()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> nominations.start()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> nominations.receipt(1)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> materials.open(1)).isInstanceOf(EJBAccessException.class);
    }
}
