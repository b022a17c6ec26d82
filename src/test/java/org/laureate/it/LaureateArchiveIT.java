package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.cycle.entity.ArtField;
import org.laureate.decision.boundary.LaureatesAwarded;
import org.laureate.decision.boundary.LaureatesAwarded.AwardedAuthor;
import org.laureate.decision.boundary.LaureatesAwarded.AwardedWork;
import org.laureate.demo.DemoData;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Country;
import org.laureate.publication.api.FeedResource;
import org.laureate.publication.api.OpenDataResource;
import org.laureate.publication.boundary.LaureateFilter;
import org.laureate.publication.boundary.LaureateService;
import org.laureate.publication.entity.Award;
import org.laureate.publication.entity.AwardField;
import org.w3c.dom.Element;

/**
 * The laureates' publication (R14.1–R14.6) on Payara Micro against MariaDB: the historical cycles of the migration,
 * awards recorded from the Supreme State Council's event and hidden until the secretariat publishes them, amendments,
 * the open data (JSON, CSV, Atom) and the API checked against its own OpenAPI description.
 */
@ExtendWith(ArquillianExtension.class)
class LaureateArchiveIT {

    private static final List<String> HISTORICAL = List.of("2023–2024", "2015–2016", "2013–2014", "2009–2010");
    private static final String ATOM = "http://www.w3.org/2005/Atom";

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
    Awarder awarder;

    @Inject
    LaureateService laureates;

    private static String marker() {
        return "Ўзор-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The deployment's address as {@link Deployments#base} gives it, which the server's side cannot load. */
    private String base() {
        return deployed.toString().replaceFirst("//[^:/]+", "//localhost").replaceAll("/$", "");
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Each test's cycle comes from {@link CycleYears}: the latest one is the current cycle of the laureates' page once
     * published.
     */
    private LaureatesAwarded award(int firstYear, String... titles) {
        var cycle = seeds.cycle(firstYear);
        var duringTheCall = LocalDate.of(firstYear - 1, 11, 2).atStartOfDay(ZoneOffset.UTC).toInstant();
        var organisation = seeds.organisation("Саюз " + marker(), Country.BY, "org-" + marker().substring(5));
        var works = Arrays.stream(titles).map(title -> {
            var petition = seeds.submitted(cycle.getId(), organisation.getId(), title, ArtField.MUSIC,
                    cycle.getPublicityCutoff().minusMonths(6), List.of("Віталь Кульбакоў"), false, duringTheCall);
            return new AwardedWork(petition.getId(), title, ArtField.MUSIC, List.of(
                    new AwardedAuthor("Виталий Кульбаков", "Віталь Кульбакоў", Country.BY),
                    new AwardedAuthor("Любовь Подлеснова", null, Country.RU)));
        }).toList();
        var event = new LaureatesAwarded(cycle.getId(), cycle.getName(), "7", LocalDate.of(firstYear + 1, 2, 26),
                works);
        awarder.award(event);
        return event;
    }

    private long countOf(String cycle) {
        return laureates.count(new LaureateFilter(cycle, null, null, null));
    }

    @Test
    void theHistoricalCyclesArePublishedAndNot2025() {
        Caller.anonymous();

        assertThat(laureates.cycles()).extracting(c -> c.name()).containsAll(HISTORICAL).doesNotContain("2025–2026");
        var cycle2013 = laureates.search(new LaureateFilter("2013-2014", null, null, null), 0, 10);
        assertThat(cycle2013).extracting(Award::getWorkTitle).hasSize(3)
                .anyMatch(title -> title.contains("Человек из Ламанчи"));
        assertThat(cycle2013).allMatch(award -> award.getResolutionDate().equals(LocalDate.of(2013, 12, 25)))
                .allMatch(Award::isHistorical);
        var misko = laureates.search(new LaureateFilter(null, null, null, "міско"), 0, 10);
        assertThat(misko).singleElement().satisfies(award -> {
            assertThat(award.getAuthors().get(0).getNameRu()).isEqualTo("Иван Миско");
            assertThat(award.getAuthors().get(0).getCountry()).isEqualTo(Country.BY);
        });
        var first2009 = laureates.search(new LaureateFilter("2009", null, null, null), 0, 10);
        assertThat(first2009).singleElement().satisfies(award -> {
            assertThat(award.getResolutionNumber()).isEqualTo("13");
            assertThat(award.getAuthors()).hasSize(5);
        });
    }

    @Test
    void r14_5_r14_6_theFiltersAndPagesOfTheArchiveAtMostAHundredAPage() {
        Caller.anonymous();

        var belarus = laureates.search(new LaureateFilter(null, null, Country.BY, null), 0, 100);
        assertThat(belarus).isNotEmpty()
                .allMatch(award -> award.getAuthors().stream().anyMatch(a -> a.getCountry() == Country.BY));
        assertThat(belarus).extracting(Award::getWorkTitle).noneMatch(title -> title.contains("Ламанчи"));
        var theatre = laureates.search(new LaureateFilter(null, ArtField.THEATRE, null, null), 0, 100);
        assertThat(theatre).isNotEmpty().allMatch(award -> award.getArtField() == ArtField.THEATRE);
        assertThat(laureates.count(new LaureateFilter("2013–2014", ArtField.VISUAL_ARTS, Country.BY, "аксаков")))
                .isEqualTo(1);

        long all = laureates.count(LaureateFilter.ANY);
        var first = laureates.search(LaureateFilter.ANY, 0, 4);
        var second = laureates.search(LaureateFilter.ANY, 4, 4);
        assertThat(all).isGreaterThanOrEqualTo(9);
        assertThat(first).hasSize(4);
        assertThat(second).isNotEmpty().extracting(Award::getId)
                .doesNotContainAnyElementsOf(first.stream().map(Award::getId).toList());
        assertThatThrownBy(() -> laureates.search(LaureateFilter.ANY, 0, 101)).isInstanceOf(BusinessException.class);
    }

    @Test
    void r14_1_r14_2_r14_4_recordedLaureatesArePublicOnlyOncePublished() throws Exception {
        var title = "Концертные программы " + marker();
        var replacedTitle = "Черновик решения " + marker();
        var year = CycleYears.next();
        award(year, replacedTitle);
        var event = award(year, title);
        var cycle = event.cycleName();
        Caller.anonymous();

        assertThat(countOf(cycle)).isZero();
        var json = get(base() + "/api/laureates?cycle=" + query(cycle), "application/json");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(json.body()).get("total").asLong()).isZero();
        for (var path : List.of("/api/laureates?size=100", "/api/laureates.csv", "/api/cycles", "/api/feed.atom",
                "/publication/archive.xhtml?cycle=" + query(cycle), "/publication/laureates.xhtml")) {
            assertThat(get(base() + path, "*/*").body()).as(path).doesNotContain(title).doesNotContain(cycle);
        }

        Caller.signIn("admin", DemoData.PASSWORD);
        assertThat(laureates.recorded()).extracting(Award::getWorkTitle).contains(title).doesNotContain(replacedTitle);
        assertThat(laureates.publish(event.cycleId())).isEqualTo(1);
        assertThatThrownBy(() -> laureates.publish(event.cycleId()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("laureates.error.nothingRecorded"));
        assertThat(recorded.of("Laureates", event.cycleId())).extracting(change -> change.action())
                .containsExactly("record", "record", "publish");
        awarder.award(event);
        Caller.anonymous();

        assertThat(countOf(cycle)).as("a second event records again, the published award stays").isEqualTo(1);
        var page = new ObjectMapper().readTree(get(base() + "/api/laureates?cycle=" + query(cycle), "application/json")
                .body());
        assertThat(page.get("total").asLong()).isEqualTo(1);
        var item = page.get("items").get(0);
        assertThat(item.get("work").asText()).isEqualTo(title);
        assertThat(item.get("cycle").asText()).isEqualTo(cycle);
        assertThat(item.get("artField").asText()).isEqualTo("MUSIC");
        assertThat(item.get("authors").get(0).get("nameBe").asText()).isEqualTo("Віталь Кульбакоў");
        assertThat(item.get("authors").get(1).get("country").asText()).isEqualTo("RU");
        assertThat(item.get("resolution").get("number").asText()).isEqualTo("7");
        assertThat(item.get("resolution").get("date").asText()).isEqualTo((year + 1) + "-02-26");

        var csv = get(base() + "/api/laureates.csv?cycle=" + query(cycle), "text/csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type.toLowerCase()).startsWith("text/csv").contains("charset=utf-8"));
        assertThat(csv.body().lines().toList()).hasSize(2).first().asString().startsWith("id,cycle,work,art_field");
        assertThat(csv.body()).contains(title).contains("Виталий Кульбаков; Любовь Подлеснова").contains("BY; RU");

        var feed = atom(get(base() + "/api/feed.atom", "application/atom+xml").body());
        assertThat(feed).containsKey("Опубликованы лауреаты цикла " + cycle);
        assertThat(get(base() + "/publication/archive.xhtml?cycle=" + query(cycle), "text/html").body())
                .contains(title).contains("Виталий Кульбаков");
        assertThat(get(base() + "/publication/laureates.xhtml", "text/html").body()).contains(title);
    }

    @Test
    void r14_3_anAmendmentIsRecordedWithItsReasonAndShown() throws Exception {
        var title = "Выставка " + marker();
        var event = award(CycleYears.next(), title);
        Caller.signIn("admin", DemoData.PASSWORD);
        laureates.publish(event.cycleId());
        var award = laureates.search(new LaureateFilter(event.cycleName(), null, null, null), 0, 1).get(0);

        assertThatThrownBy(() -> laureates.amend(award.getId(), AwardField.WORK_TITLE, null, title + " (2)", " "))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("laureates.error.reasonRequired"));
        var reason = "Уточнено по тексту постановления " + marker();
        var amended = laureates.amend(award.getId(), AwardField.AUTHOR_NAME_BE, 1, "Любоў Падляснова", reason);
        Caller.anonymous();

        assertThat(amended.getAuthors().get(1).getNameBe()).isEqualTo("Любоў Падляснова");
        var shown = laureates.published(award.getId());
        assertThat(shown.getAmendments()).singleElement().satisfies(amendment -> {
            assertThat(amendment.getBefore()).isNull();
            assertThat(amendment.getAfter()).isEqualTo("Любоў Падляснова");
            assertThat(amendment.getReason()).isEqualTo(reason);
            assertThat(amendment.getActor()).isEqualTo("admin");
        });
        var page = new ObjectMapper().readTree(get(base() + "/api/laureates?cycle=" + query(event.cycleName()),
                "application/json").body());
        assertThat(page.get("items").get(0).get("amendments").asInt()).isEqualTo(1);
        assertThat(atom(get(base() + "/api/feed.atom", "application/atom+xml").body()))
                .containsKey("Исправление (цикл " + event.cycleName() + "): " + title);
        assertThat(get(base() + "/publication/archive.xhtml?cycle=" + query(event.cycleName()), "text/html").body())
                .contains(reason).contains("Любоў Падляснова");
    }

    private static HttpResponse<String> get(String url, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void r14_7_aPublishedAnswerIsServedAgainWithItsValidatorUntilSomethingIsPublishedOrAmended() throws Exception {
        var title = "Оратория " + marker();
        var event = award(CycleYears.next(), title);
        var cycle = query(event.cycleName());
        var paths = List.of("/publication/laureates.xhtml", "/publication/archive.xhtml?cycle=" + cycle,
                "/api/laureates?cycle=" + cycle, "/api/laureates.csv?cycle=" + cycle, "/api/cycles",
                "/api/feed.atom");
        Map<String, String> before = new TreeMap<>();
        for (var path : paths) {
            var first = get(base() + path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).as(path)
                    .hasValue("public, max-age=10, must-revalidate");
            var etag = first.headers().firstValue("ETag").orElseThrow();
            var lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
            var again = get(base() + path);
            assertThat(again.body()).as(path).isEqualTo(first.body());
            assertThat(again.headers().firstValue("ETag")).as(path).hasValue(etag);
            assertThat(again.headers().firstValue("Content-Type")).as(path)
                    .isEqualTo(first.headers().firstValue("Content-Type"));
            assertThat(again.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
            assertThat(get(base() + path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
            assertThat(get(base() + path, "If-Modified-Since", lastModified).statusCode()).as(path).isEqualTo(304);
            assertThat(get(base() + path, "If-None-Match", "\"other\"").statusCode()).as(path).isEqualTo(200);
            before.put(path, etag);
        }

        Caller.signIn("admin", DemoData.PASSWORD);
        laureates.publish(event.cycleId());
        Caller.anonymous();
        for (var path : paths) {
            var changed = get(base() + path, "If-None-Match", before.get(path));
            assertThat(changed.statusCode()).as("published: " + path).isEqualTo(200);
            assertThat(changed.headers().firstValue("ETag")).as(path).isNotEqualTo(Optional.of(before.get(path)));
            before.put(path, changed.headers().firstValue("ETag").orElseThrow());
        }
        assertThat(get(base() + "/api/laureates?cycle=" + cycle).body()).contains(title);
        assertThat(get(base() + "/publication/archive.xhtml?cycle=" + cycle).body()).contains(title);

        var award = laureates.search(new LaureateFilter(event.cycleName(), null, null, null), 0, 1).get(0);
        Caller.signIn("admin", DemoData.PASSWORD);
        laureates.amend(award.getId(), AwardField.WORK_TITLE, null, title + " (исправлено)", "Опечатка");
        Caller.anonymous();
        var amended = get(base() + "/api/laureates?cycle=" + cycle, "If-None-Match",
                before.get("/api/laureates?cycle=" + cycle));
        assertThat(amended.statusCode()).isEqualTo(200);
        assertThat(amended.body()).contains(title + " (исправлено)");
        assertThat(get(base() + "/publication/archive.xhtml?cycle=" + cycle).body())
                .contains(title + " (исправлено)");
    }

    @Test
    @RunAsClient
    void r14_8_anAnonymousReaderOpensNoSessionAndChoosesTheLanguageByALink() throws Exception {
        for (var path : List.of("/", "/publication/laureates.xhtml", "/publication/archive.xhtml",
                "/publication/archive.xhtml?text=" + query("миско") + "&country=BY&page=1",
                "/publication/candidates.xhtml", "/api/laureates")) {
            var response = get(base() + path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        var chosen = get(base() + "/publication/archive.xhtml?cycle=" + query("2013–2014") + "&lang=be");
        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(chosen.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/publication/archive.xhtml?cycle=" + query("2013–2014")));
        assertThat(chosen.headers().allValues("Set-Cookie")).singleElement().asString()
                .startsWith("laureate-lang=be").doesNotContain("JSESSIONID");
        var belarusian = get(base() + "/publication/archive.xhtml?cycle=" + query("2013–2014"),
                "Cookie", "laureate-lang=be");
        assertThat(belarusian.body()).contains("Знойдзена: 3").contains("Іван Міско");
        assertThat(belarusian.headers().firstValue("Vary")).hasValue("Cookie");
        assertThat(get(base() + "/publication/archive.xhtml?cycle=" + query("2013–2014")).body())
                .contains("Найдено: 3");
    }

    @Test
    @RunAsClient
    void r14_7_aSignedInReaderGetsNoCopyAndTheirPagesAreNotStored() throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(SignInForm.signIn(client, base(), "org-by", DemoData.PASSWORD).statusCode()).isIn(302, 303);

        var page = client.send(HttpRequest.newBuilder(URI.create(base() + "/publication/laureates.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"signed-in-as\"");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("ETag")).isEmpty();
    }

    /**
     * Parses an Atom 1.0 feed, checks the elements every feed and entry must have, and gives its entries' links by
     * title.
     */
    private static Map<String, String> atom(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (var name : List.of("id", "title", "updated")) {
            assertThat(child(feed, name)).as(name).isNotBlank();
        }
        Map<String, String> entries = new TreeMap<>();
        var ids = new TreeSet<String>();
        var list = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < list.getLength(); i++) {
            var entry = (Element) list.item(i);
            assertThat(Instant.parse(child(entry, "updated"))).isNotNull();
            assertThat(ids.add(child(entry, "id"))).as("unique entry id").isTrue();
            var link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
            assertThat(URI.create(link.getAttribute("href")).isAbsolute()).isTrue();
            entries.put(child(entry, "title"), link.getAttribute("href"));
        }
        return entries;
    }

    private static String child(Element parent, String name) {
        var nodes = parent.getElementsByTagNameNS(ATOM, name);
        assertThat(nodes.getLength()).as(name).isPositive();
        return nodes.item(0).getTextContent();
    }

    @Test
    @RunAsClient
    void theApiAnswersAsItsOpenApiDescriptionSays() throws Exception {
        var root = URI.create(base()).resolve("/openapi");
        var response = get(root.toString(), "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        var mapper = new ObjectMapper();
        var document = mapper.readTree(response.body());
        assertThat(document.at("/info/title").asText()).contains("open data");
        assertThat(document.at("/info/version").asText()).isEqualTo("1.0");

        // every path and query parameter the resources answer is described, and nothing else of ours
        var paths = document.get("paths");
        Map<String, List<String>> answered = new TreeMap<>();
        for (var resource : List.of(OpenDataResource.class, FeedResource.class)) {
            var prefix = "/api/" + resource.getAnnotation(Path.class).value().replaceAll("^/", "");
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(GET.class)) {
                    var sub = method.getAnnotation(Path.class);
                    var path = (prefix + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/")
                            .replaceAll("(.)/$", "$1");
                    answered.put(path, Arrays.stream(method.getParameters())
                            .filter(p -> p.isAnnotationPresent(QueryParam.class))
                            .map(p -> p.getAnnotation(QueryParam.class).value()).toList());
                }
            }
        }
        assertThat(answered).containsKeys("/api/laureates", "/api/laureates.csv", "/api/cycles", "/api/cycles.csv",
                "/api/candidates", "/api/candidates.csv", "/api/feed.atom");
        var described = new TreeSet<String>();
        paths.fieldNames().forEachRemaining(described::add);
        var prefix = described.stream().filter(p -> p.endsWith("/api/laureates")).findFirst()
                .map(p -> p.substring(0, p.length() - "/api/laureates".length())).orElse("");
        for (var entry : answered.entrySet()) {
            var operation = paths.path(prefix + entry.getKey()).path("get");
            assertThat(operation.isObject()).as("described: GET " + entry.getKey()).isTrue();
            var parameters = new TreeSet<String>();
            operation.path("parameters").forEach(p -> {
                assertThat(p.get("in").asText()).isEqualTo("query");
                parameters.add(p.get("name").asText());
            });
            assertThat(parameters).as("parameters of " + entry.getKey()).isEqualTo(new TreeSet<>(entry.getValue()));
            assertThat(operation.at("/responses/200").isObject()).isTrue();
        }
        var laureatesGet = paths.path(prefix + "/api/laureates").path("get");
        var artField = parameter(laureatesGet, "artField");
        assertThat(artField.at("/schema/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(Arrays.stream(ArtField.values()).map(Enum::name).toList());
        assertThat(parameter(laureatesGet, "size").at("/schema/maximum").asInt()).isEqualTo(100);

        // the responses validate against the described schemas, and a broken one does not
        var description = new OpenApiDescription(document);
        var page = mapper.readTree(get(base() + "/api/laureates?size=3&cycle=" + query("2013–2014"),
                "application/json").body());
        assertThat(page.get("items")).hasSize(3);
        assertThat(description.violations(prefix + "/api/laureates", page)).isEmpty();
        var all = mapper.readTree(get(base() + "/api/laureates?size=100", "application/json").body());
        assertThat(description.violations(prefix + "/api/laureates", all)).isEmpty();
        ObjectNode broken = page.deepCopy();
        ((ObjectNode) broken.get("items").get(0)).put("authors", "Зельдин");
        broken.remove("total");
        assertThat(description.violations(prefix + "/api/laureates", broken)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(description.violations(prefix + "/api/cycles",
                mapper.readTree(get(base() + "/api/cycles", "application/json").body()))).isEmpty();
        assertThat(description.violations(prefix + "/api/candidates",
                mapper.readTree(get(base() + "/api/candidates", "application/json").body()))).isEmpty();

        assertThat(get(base() + "/api/laureates?size=101", "application/json").statusCode()).isEqualTo(400);
        assertThat(get(base() + "/api/laureates?artField=SCULPTURE", "application/json").statusCode()).isEqualTo(400);
    }

    private static JsonNode parameter(JsonNode operation, String name) {
        for (var parameter : operation.path("parameters")) {
            if (parameter.get("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}
