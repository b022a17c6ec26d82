package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.cycle.entity.ArtField;
import org.laureate.cycle.entity.AwardCycle;
import org.laureate.demo.DemoData;
import org.laureate.nomination.boundary.ExportFormat;
import org.laureate.nomination.boundary.PetitionRegistryService;
import org.laureate.nomination.boundary.PetitionReview;
import org.laureate.nomination.boundary.PetitionReviewService;
import org.laureate.nomination.boundary.RegistryCount;
import org.laureate.nomination.boundary.RegistryFilter;
import org.laureate.nomination.boundary.RegistryRow;
import org.laureate.nomination.boundary.RegistrySort;
import org.laureate.nomination.control.EligibilityCheck;
import org.laureate.nomination.control.EligibilityRule;
import org.laureate.nomination.entity.Nomination;
import org.laureate.nomination.entity.NominationStatus;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;

/**
 * The ministries' review (R4.9–R4.11, R4.30, R4.31) and the secretariat's registry (R4.32–R4.34) on Payara Micro
 * against MariaDB, called as the demo accounts {@code ministry-by}, {@code ministry-ru} and {@code admin}.
 */
@ExtendWith(ArquillianExtension.class)
class PetitionReviewIT {

    /** Inside the call of the 2027–2028 cycle, which is open from 1 October 2026 to 1 February 2027. */
    private static final Instant DURING_THE_CALL = Instant.parse("2026-11-02T09:00:00Z");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    @Inject
    PetitionSeeds seeds;

    @Inject
    RecordedEvents recorded;


    @Inject
    PetitionReviewService reviews;

    @Inject
    PetitionRegistryService registry;

    private static String marker() {
        return "Ўзор-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String username() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private AwardCycle openCycle() {
        return seeds.cycle(2027);
    }

    private Nomination petition(AwardCycle cycle, Country country, String title, ArtField field) {
        var organisation = seeds.organisation("Саюз " + title, country, username());
        return seeds.submitted(cycle.getId(), organisation.getId(), title, field,
                cycle.getPublicityCutoff().minusMonths(6), List.of("Іван Мiско"), true, DURING_THE_CALL);
    }

    @Test
    void theBoundariesRefuseTheAnonymousCaller() {
        assertThatThrownBy(() -> reviews.petitions(false)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> registry.count(new RegistryFilter())).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void r4_30_aMinistrySeesAndDecidesThePetitionsOfItsOwnCountryOnly() {
        var cycle = openCycle();
        var ours = petition(cycle, Country.BY, marker(), ArtField.MUSIC);
        var theirs = petition(cycle, Country.RU, marker(), ArtField.MUSIC);

        Caller.signIn("ministry-by", DemoData.PASSWORD);

        assertThat(reviews.petitions(false)).extracting(review -> review.getNomination().getId())
                .contains(ours.getId()).doesNotContain(theirs.getId());
        assertThat(reviews.open(ours.getId()).getNomination().getWorkTitle()).isEqualTo(ours.getWorkTitle());
        assertThatThrownBy(() -> reviews.open(theirs.getId()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("general.error.notFound"));
        assertThatThrownBy(() -> reviews.admit(theirs.getId(), theirs.getVersion()))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> reviews.reject(theirs.getId(), theirs.getVersion(), "Чужая краіна"))
                .isInstanceOf(BusinessException.class);
        assertThat(seeds.find(theirs.getId()).getStatus()).isEqualTo(NominationStatus.SUBMITTED);
        assertThatThrownBy(() -> registry.count(new RegistryFilter()))
                .as("the registry is the secretariat's").isInstanceOf(EJBAccessException.class);
    }

    @Test
    void r4_30_theOtherMinistrySeesTheOtherCountrysPetitionsOnly() {
        var cycle = openCycle();
        var belarusian = petition(cycle, Country.BY, marker(), ArtField.MUSIC);
        var russian = petition(cycle, Country.RU, marker(), ArtField.MUSIC);

        Caller.signIn("ministry-ru", DemoData.PASSWORD);

        assertThat(reviews.petitions(false)).extracting(review -> review.getNomination().getId())
                .contains(russian.getId()).doesNotContain(belarusian.getId());
        assertThatThrownBy(() -> reviews.open(belarusian.getId())).isInstanceOf(BusinessException.class);
    }

    @Test
    void r4_13_anEligibilityFailureIsReportedWithItsRuleAndReason() {
        var cycle = openCycle();
        var organisation = seeds.organisation("Тэатр " + marker(), Country.BY, username());
        var late = seeds.submitted(cycle.getId(), organisation.getId(), marker(), ArtField.THEATRE,
                cycle.getPublicityCutoff().plusDays(1), List.of("Аўтар Першы"), false, DURING_THE_CALL);

        Caller.signIn("ministry-by", DemoData.PASSWORD);
        PetitionReview review = reviews.open(late.getId());

        assertThat(review.isEligible()).isFalse();
        assertThat(review.getFailures()).extracting(EligibilityCheck::rule)
                .containsExactly(EligibilityRule.REQUIRED_PARTS, EligibilityRule.PUBLICITY_DATE);
        var publicity = review.getFailures().get(1);
        assertThat(publicity.messageKey()).isEqualTo("eligibility.publicityDate");
        assertThat(publicity.arguments()).containsExactly(cycle.getPublicityCutoff().plusDays(1).toString(),
                cycle.getPublicityCutoff().toString());
        assertThat(review.getFailures().get(0).messageKey()).isEqualTo("eligibility.missing.materials");
        assertThat(reviews.petitions(false)).filteredOn(row -> row.getNomination().getId().equals(late.getId()))
                .singleElement().extracting(PetitionReview::isEligible).isEqualTo(false);
    }

    @Test
    void r4_9_r4_31_admittingForwardsThePetitionAndTellsEveryUserOfTheOrganisation() {
        var cycle = openCycle();
        var username = username();
        var organisation = seeds.organisation("Саюз " + marker(), Country.BY, username);
        var petition = seeds.submitted(cycle.getId(), organisation.getId(), "Песні ваенных гадоў " + marker(),
                ArtField.MUSIC, cycle.getPublicityCutoff(), List.of("Уладзімір Федасееў"), true, DURING_THE_CALL);

        Caller.signIn("ministry-by", DemoData.PASSWORD);
        reviews.admit(petition.getId(), petition.getVersion());

        var stored = seeds.find(petition.getId());
        assertThat(stored.getStatus()).isEqualTo(NominationStatus.ADMITTED);
        assertThat(stored.getDecidedAt()).isNotNull();
        assertThat(recorded.of("Nomination", petition.getId())).singleElement().satisfies(change -> {
            assertThat(change.subject()).isEqualTo("Nomination");
            assertThat(change.action()).isEqualTo("admit");
            assertThat(change.before()).isEqualTo("SUBMITTED");
            assertThat(change.after()).isEqualTo("ADMITTED");
        });
        assertThat(recorded.to(username + "@example.org")).singleElement().satisfies(notice -> {
            assertThat(notice.key()).isEqualTo("nomination.admitted");
            assertThat(notice.language()).isEqualTo("be");
            assertThat(notice.arguments()).startsWith(stored.getRegistrationNumber(), stored.getWorkTitle());
        });
        assertThat(reviews.petitions(true)).extracting(review -> review.getNomination().getId())
                .contains(petition.getId());
        assertThat(reviews.petitions(false)).extracting(review -> review.getNomination().getId())
                .doesNotContain(petition.getId());
        assertThatThrownBy(() -> reviews.admit(petition.getId(), stored.getVersion()))
                .as("a decided petition is not decided again").isInstanceOf(BusinessException.class);
    }

    @Test
    void r4_10_r4_11_returnAndRejectNeedAReasonThatTheOrganisationReads() {
        var cycle = openCycle();
        var username = username();
        var returned = petition(cycle, Country.BY, marker(), ArtField.DESIGN);
        var organisation = seeds.organisation("Музей " + marker(), Country.BY, username);
        var rejected = seeds.submitted(cycle.getId(), organisation.getId(), marker(), ArtField.VISUAL_ARTS,
                cycle.getPublicityCutoff(), List.of("Аўтар"), true, DURING_THE_CALL);

        Caller.signIn("ministry-by", DemoData.PASSWORD);
        assertThatThrownBy(() -> reviews.returnForCorrection(returned.getId(), returned.getVersion(), "  "))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("nomination.error.reasonRequired"));
        assertThatThrownBy(() -> reviews.reject(rejected.getId(), rejected.getVersion(), ""))
                .isInstanceOf(BusinessException.class);

        reviews.returnForCorrection(returned.getId(), returned.getVersion(), "Дадайце біяграфію");
        reviews.reject(rejected.getId(), rejected.getVersion(), "Твор не адпавядае ўмовам");

        assertThat(seeds.find(returned.getId())).satisfies(stored -> {
            assertThat(stored.getStatus()).isEqualTo(NominationStatus.RETURNED);
            assertThat(stored.getDecisionReason()).isEqualTo("Дадайце біяграфію");
        });
        assertThat(seeds.find(rejected.getId())).satisfies(stored -> {
            assertThat(stored.getStatus()).isEqualTo(NominationStatus.REJECTED);
            assertThat(stored.getDecisionReason()).isEqualTo("Твор не адпавядае ўмовам");
        });
        assertThat(recorded.to(username + "@example.org")).singleElement().satisfies(notice -> {
            assertThat(notice.key()).isEqualTo("nomination.rejected");
            assertThat(notice.arguments()).element(2).isEqualTo("Твор не адпавядае ўмовам");
        });
        assertThat(recorded.of("Nomination", returned.getId())).extracting(change -> change.action())
                .containsExactly("return");
    }

    @Test
    void aDecisionOnAPetitionChangedSinceTheMinistryReadItIsAConflict() {
        var petition = petition(openCycle(), Country.BY, marker(), ArtField.LITERATURE);

        Caller.signIn("ministry-by", DemoData.PASSWORD);

        assertThatThrownBy(() -> reviews.admit(petition.getId(), petition.getVersion() - 1))
                .isInstanceOf(EJBException.class).hasCauseInstanceOf(OptimisticLockException.class);
        assertThat(seeds.find(petition.getId()).getStatus()).isEqualTo(NominationStatus.SUBMITTED);
    }

    @Test
    void r4_10_aPetitionIsNotReturnedAfterTheCallClosed() {
        var closed = seeds.cycle(2026);
        var organisation = seeds.organisation("Выдавецтва " + marker(), Country.BY, username());
        var petition = seeds.submitted(closed.getId(), organisation.getId(), marker(), ArtField.LITERATURE,
                closed.getPublicityCutoff(), List.of("Аўтар"), true, Instant.parse("2025-11-03T09:00:00Z"));

        Caller.signIn("ministry-by", DemoData.PASSWORD);

        assertThatThrownBy(() -> reviews.returnForCorrection(petition.getId(), petition.getVersion(), "Позна"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("nomination.error.returnAfterClose"));
        assertThat(seeds.find(petition.getId()).getStatus()).isEqualTo(NominationStatus.SUBMITTED);
        reviews.reject(petition.getId(), petition.getVersion(), "Не адпавядае ўмовам");
        assertThat(seeds.find(petition.getId()).getStatus()).isEqualTo(NominationStatus.REJECTED);
    }

    @Test
    void r4_32_r4_33_theRegistryFiltersSearchesPagesAndSorts() {
        var cycle = openCycle();
        var marker = marker();
        var gamma = petition(cycle, Country.BY, marker + " Гама", ArtField.MUSIC);
        var alpha = petition(cycle, Country.RU, marker + " Альфа", ArtField.MUSIC);
        var beta = petition(cycle, Country.RU, marker + " Бэта", ArtField.THEATRE);
        var organisation = seeds.organisation("Саюз " + marker, Country.RU, username());
        var byAuthor = seeds.submitted(cycle.getId(), organisation.getId(), "Без маркера " + UUID.randomUUID(),
                ArtField.DESIGN, cycle.getPublicityCutoff(), List.of("Ўладзімір " + marker), true, DURING_THE_CALL);

        Caller.signIn("admin", DemoData.PASSWORD);
        var filter = new RegistryFilter();
        filter.setCycleId(cycle.getId());
        filter.setText(marker.toUpperCase(Locale.ROOT));

        assertThat(registry.count(filter)).as("found in titles and authors' names, whatever the case").isEqualTo(4);
        assertThat(ids(registry.find(filter, RegistrySort.TITLE, true, 0, 10)))
                .containsExactly(byAuthor.getId(), alpha.getId(), beta.getId(), gamma.getId());
        assertThat(ids(registry.find(filter, RegistrySort.TITLE, false, 1, 2)))
                .as("the second page of two, title descending").containsExactly(beta.getId(), alpha.getId());
        assertThat(registry.find(filter, RegistrySort.TITLE, true, 0, 1).get(0).getNominees())
                .containsExactly("Ўладзімір " + marker);

        filter.setCountry(Country.RU);
        filter.setArtField(ArtField.MUSIC);
        assertThat(registry.count(filter)).isEqualTo(1);
        assertThat(ids(registry.find(filter, RegistrySort.REGISTRATION_NUMBER, true, 0, 10)))
                .containsExactly(alpha.getId());

        filter.setArtField(null);
        filter.setStatus(NominationStatus.ADMITTED);
        assertThat(registry.count(filter)).isZero();

        filter.setStatus(null);
        assertThat(registry.countByCountryAndArtField(filter)).containsExactlyInAnyOrder(
                new RegistryCount(Country.RU, ArtField.MUSIC, 1), new RegistryCount(Country.RU, ArtField.THEATRE, 1),
                new RegistryCount(Country.RU, ArtField.DESIGN, 1));

        filter.setCountry(null);
        filter.setText(marker.replace('-', '_'));
        assertThat(registry.count(filter)).as("_ is matched as itself, not as any letter").isZero();

        assertThat(registry.open(beta.getId()).getNomination().getMaterials()).hasSize(1);
    }

    @Test
    void r4_34_theCsvExportHoldsTheCyrillicTitles() {
        var cycle = openCycle();
        var marker = marker();
        petition(cycle, Country.BY, marker + " «Дзе цвіла каліна»", ArtField.VISUAL_ARTS);
        petition(cycle, Country.RU, "=HYPERLINK(\"http://example.org\") " + marker, ArtField.AUDIOVISUAL);

        Caller.signIn("admin", DemoData.PASSWORD);
        var filter = new RegistryFilter();
        filter.setText(marker);
        var out = new ByteArrayOutputStream();
        registry.export(filter, RegistrySort.TITLE, true, ExportFormat.CSV, Locale.forLanguageTag("be"), out);

        var bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        var lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("\"Рэгістрацыйны нумар\",\"Цыкл\",\"Твор\"");
        assertThat(lines[1]).contains("\"'=HYPERLINK(\"\"http://example.org\"\") " + marker + "\"");
        assertThat(lines[2]).contains("\"" + marker + " «Дзе цвіла каліна»\"").contains("\"Іван Мiско\"");

        var xlsx = new ByteArrayOutputStream();
        registry.export(filter, RegistrySort.TITLE, true, ExportFormat.XLSX, Locale.forLanguageTag("ru"), xlsx);
        assertThat(xlsx.toByteArray()).startsWith('P', 'K');
    }

    @Test
    void r4_18_aMaterialIsSentToTheMinistryOfItsCountryAndToNoOtherMinistry() throws Exception {
        var petition = petition(openCycle(), Country.BY, marker(), ArtField.MUSIC);
        var material = "/materials/" + petition.getMaterials().get(0).getId();

        var belarusian = get(signedIn("ministry-by"), material);
        assertThat(belarusian.statusCode()).isEqualTo(200);
        assertThat(belarusian.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        assertThat(belarusian.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(belarusian.headers().firstValue("Content-Disposition"))
                .contains("inline; filename*=UTF-8''%D0%BF%D1%80%D0%B0%D0%B3%D1%80%D0%B0%D0%BC%D0%B0.pdf");
        assertThat(belarusian.body()).isEqualTo("%PDF-1.4 праграма".getBytes(StandardCharsets.UTF_8));

        var russian = signedIn("ministry-ru");
        assertThat(get(russian, material).statusCode()).isEqualTo(404);
        assertThat(get(russian, "/materials/x").statusCode()).isEqualTo(404);
        assertThat(get(signedIn("admin"), material).statusCode()).isEqualTo(200);
    }

    /** A browser-like session signed in through the login page. */
    private HttpClient signedIn(String username) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(SignInForm.signIn(client, base(), username, DemoData.PASSWORD).headers().firstValue("Location"))
                .get().asString().contains("/dashboard/");
        return client;
    }

    private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String base() {
        return deployed.toString().replaceFirst("//[^:/]+", "//localhost").replaceAll("/$", "");
    }

    private static List<Long> ids(List<RegistryRow> rows) {
        return rows.stream().map(RegistryRow::getId).toList();
    }
}
