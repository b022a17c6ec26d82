package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.demo.DemoData;
import org.laureate.publication.api.ApiApplication;
import org.laureate.security.entity.Role;

/**
 * The authorization matrix: every page, servlet and JAX-RS endpoint of the application, found in {@code webapp/} and
 * in the compiled main classes, asked for by the anonymous public and by one signed-in account of each role, with ids
 * that belong to the caller and ids that belong to another organisation, country or council ({@link MatrixScene});
 * each answer is compared with the table of docs/authorization.md, which is the one place the expected answers are
 * written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final java.nio.file.Path TABLE = java.nio.file.Path.of("docs/authorization.md");
    private static final java.nio.file.Path VIEWS = java.nio.file.Path.of("webapp");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final String ANONYMOUS = "anonymous";
    private static final Set<String> ANSWERS = Set.of("200", "login", "redirect", "400", "401", "403", "404", "405",
            "409");
    /** The answers that hand the caller what they asked for. */
    private static final Set<String> GRANTED = Set.of("200", "redirect");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    /** A page or endpoint: the method and the pattern as the application declares it. */
    record Endpoint(String method, String pattern) {

        /** As the table's first column writes it: the pattern alone for a GET, the method before it otherwise. */
        String key() {
            return "GET".equals(method) ? pattern : method + " " + pattern;
        }
    }

    /** A row of the table: the endpoint, the request that stands for it and the answer expected by each caller. */
    record Row(String endpoint, String request, Map<String, String> expected) {
    }

    @Test
    void everyPageAndEndpointHasItsExpectedAnswersInTheTable() throws IOException {
        var table = readTable();
        var generated = endpoints().stream().map(Endpoint::key).collect(Collectors.toCollection(TreeSet::new));
        var written = table.stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));

        assertThat(generated).as("the pages and endpoints of the application, each with a row in %s", TABLE)
                .isSubsetOf(written);
        assertThat(written).as("the rows of %s, each naming a page or endpoint that exists", TABLE)
                .isSubsetOf(generated);
        var columns = columns();
        for (var row : table) {
            assertThat(row.expected().keySet()).as("the callers of row %s", row.endpoint())
                    .containsExactlyInAnyOrderElementsOf(columns);
            assertThat(ANSWERS).as("the answers of row %s", row.endpoint()).containsAll(row.expected().values());
        }
    }

    /** One cell of the matrix as the application answered it. */
    record Cell(String request, String caller, String expected, String got, boolean leak, boolean serverError) {

        boolean differs() {
            return leak || !got.equals(expected);
        }

        @Override
        public String toString() {
            return request + " as " + caller + ": expected " + expected + ", got " + got + (leak ? " (a leak)" : "");
        }
    }

    @Test
    void everyCallerGetsFromEveryPageAndEndpointTheAnswerTheTableGives() throws Exception {
        var table = readTable();
        var scene = scene();
        var callers = new LinkedHashMap<String, HttpClient>();
        callers.put(ANONYMOUS, client());
        callers.put(Role.ADMIN.name(), signedIn("admin", DemoData.PASSWORD));
        callers.put(Role.ORGANISATION.name(), signedIn(scene.get("organisation"), CandidateListSeeds.PASSWORD));
        callers.put(Role.MINISTRY.name(), signedIn("ministry-by", DemoData.PASSWORD));
        callers.put(Role.EXPERT.name(), signedIn(scene.get("expert"), CandidateListSeeds.PASSWORD));
        callers.put(Role.EXPERT_CHAIR.name(), signedIn(scene.get("chair"), CandidateListSeeds.PASSWORD));
        callers.put(Role.COUNCIL.name(), signedIn("council", DemoData.PASSWORD));
        assertThat(callers.keySet()).as("a caller for each column").containsExactlyInAnyOrderElementsOf(columns());
        // what no answer may show the public, the callers of Belarus and the members of the first council
        var russian = List.of(scene.get("ruTitle"), scene.get("ruOrganisation"));
        var otherCouncil = List.of(scene.get("otherCouncil"));
        var hidden = Map.of(
                ANONYMOUS, List.of(scene.get("byTitle"), scene.get("ruTitle"), scene.get("ruOrganisation"),
                        scene.get("ownCouncil"), scene.get("otherCouncil")),
                Role.ORGANISATION.name(), List.of(scene.get("ruTitle"), scene.get("ruOrganisation"),
                        scene.get("otherCouncil")),
                Role.MINISTRY.name(), russian,
                Role.EXPERT.name(), otherCouncil,
                Role.EXPERT_CHAIR.name(), otherCouncil);

        var cells = new ArrayList<Cell>();
        var pool = Executors.newFixedThreadPool(3);
        try {
            var walks = new ArrayList<Future<List<Cell>>>();
            callers.forEach((caller, client) -> walks.add(pool.submit(() ->
                    walk(table, scene, caller, client, hidden.getOrDefault(caller, List.of())))));
            for (var walk : walks) {
                cells.addAll(walk.get());
            }
        } finally {
            pool.shutdown();
        }
        long leaks = cells.stream().filter(Cell::leak).count();
        long serverErrors = cells.stream().filter(Cell::serverError).count();
        var differences = cells.stream().filter(Cell::differs).map(Cell::toString).toList();
        System.out.printf("authorization matrix: %d cells checked / %d leaks / %d server errors%n", cells.size(),
                leaks, serverErrors);
        differences.forEach(difference -> System.out.println("  " + difference));

        for (var caller : callers.entrySet()) {
            if (!ANONYMOUS.equals(caller.getKey())) {
                assertThat(shown(caller.getValue(), "/account/account.xhtml").statusCode())
                        .as("%s is still signed in after the walk", caller.getKey()).isEqualTo(200);
            }
        }
        var admin = callers.get(Role.ADMIN.name());
        assertThat(shown(admin, "/organization/organisations.xhtml").body())
                .as("the secretariat's list of organisations names the Russian one, which the ministry's must not")
                .contains(scene.get("ruOrganisation"));
        assertThat(shown(admin, "/audit/custody.xhtml?petition=" + scene.get("ruPetition")).body())
                .as("the secretariat's chain of custody names the Russian petition").contains(scene.get("ruTitle"));
        assertThat(shown(admin, "/scoring/admin/rounds.xhtml?cycle=" + scene.get("otherCycle")).body())
                .as("the secretariat's rounds of the other council name it").contains(scene.get("otherCouncil"));
        assertThat(shown(callers.get(Role.EXPERT_CHAIR.name()), "/scoring/chair/candidates.xhtml").body())
                .as("the co-chair's lists to confirm name their own council's round")
                .contains(scene.get("ownCouncil"));
        assertThat(differences).as("the answers that differ from %s", TABLE).isEmpty();
    }

    /** The table's callers: the anonymous public and each role. */
    private static Set<String> columns() {
        var columns = new TreeSet<String>(List.of(ANONYMOUS));
        Arrays.stream(Role.values()).map(Role::name).forEach(columns::add);
        return columns;
    }

    /** Asks for every row of the table as one caller; a page naming what is {@code hidden} from them is a leak. */
    private List<Cell> walk(List<Row> table, Map<String, String> scene, String caller, HttpClient client,
            List<String> hidden) throws Exception {
        var cells = new ArrayList<Cell>();
        for (var row : table) {
            var request = fill(row.request(), scene);
            var answer = ask(client, row.endpoint(), request);
            var got = answer(answer);
            var expected = row.expected().get(caller);
            boolean shownHidden = answer.statusCode() == 200 && hidden.stream().anyMatch(answer.body()::contains);
            boolean leak = shownHidden || "200".equals(got) && !GRANTED.contains(expected);
            cells.add(new Cell(request, caller, expected, got, leak, answer.statusCode() >= 500));
        }
        return cells;
    }

    private HttpResponse<String> shown(HttpClient client, String address) throws Exception {
        return ask(client, address, address);
    }

    /** Every view, servlet and JAX-RS resource method of the application. */
    static List<Endpoint> endpoints() throws IOException {
        var endpoints = new ArrayList<Endpoint>();
        try (var files = Files.walk(VIEWS)) {
            files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> VIEWS.relativize(file).toString().replace('\\', '/'))
                    .filter(view -> !view.startsWith("WEB-INF/") && !view.startsWith("resources/"))
                    .sorted()
                    .forEach(view -> endpoints.add(new Endpoint("GET", "/" + view)));
        }
        var applicationPath = "";
        var resources = new ArrayList<Class<?>>();
        for (var type : mainClasses()) {
            var servlet = type.getAnnotation(WebServlet.class);
            if (servlet != null) {
                var patterns = servlet.urlPatterns().length > 0 ? servlet.urlPatterns() : servlet.value();
                for (var httpMethod : servletMethods(type)) {
                    Arrays.stream(patterns).forEach(pattern -> endpoints.add(new Endpoint(httpMethod, pattern)));
                }
            }
            var application = type.getAnnotation(ApplicationPath.class);
            if (application != null) {
                applicationPath = application.value();
            }
            if (type.isAnnotationPresent(Path.class)) {
                resources.add(type);
            }
        }
        for (var resource : resources) {
            var base = join(applicationPath, resource.getAnnotation(Path.class).value());
            for (var method : resource.getMethods()) {
                var httpMethod = httpMethod(method);
                if (httpMethod != null) {
                    var path = method.getAnnotation(Path.class);
                    endpoints.add(new Endpoint(httpMethod, path == null ? base : join(base, path.value())));
                }
            }
        }
        return endpoints;
    }

    /** The HTTP methods a servlet answers: those whose {@code doGet}, {@code doPost} … it declares, in that order. */
    private static List<String> servletMethods(Class<?> servlet) {
        var declared = Arrays.stream(servlet.getDeclaredMethods()).map(Method::getName).toList();
        return Stream.of("GET", "POST", "PUT", "DELETE")
                .filter(method -> declared.contains("do" + method.charAt(0) + method.substring(1).toLowerCase(
                        Locale.ROOT)))
                .toList();
    }

    /** The HTTP method a resource method answers, or {@code null} when it answers none. */
    private static String httpMethod(AnnotatedElement method) {
        return Arrays.stream(method.getAnnotations())
                .map(annotation -> annotation.annotationType().getAnnotation(HttpMethod.class))
                .filter(Objects::nonNull)
                .map(HttpMethod::value)
                .findFirst()
                .orElse(null);
    }

    private static String join(String base, String path) {
        var joined = ("/" + base + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /**
     * The classes of the main code that carry a servlet's, a resource's or the JAX-RS application's annotation: read
     * from the directory the application's classes were compiled to, the test classes left out.
     */
    private static List<Class<?>> mainClasses() throws IOException {
        java.nio.file.Path root;
        try {
            root = java.nio.file.Path.of(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        var markers = List.of("Ljakarta/servlet/annotation/WebServlet;", "Ljakarta/ws/rs/Path;",
                "Ljakarta/ws/rs/ApplicationPath;");
        var found = new ArrayList<Class<?>>();
        try (var files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                var bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (markers.stream().noneMatch(bytes::contains)) {
                    continue;
                }
                var name = root.relativize(file).toString().replace('\\', '/').replace('/', '.')
                        .replaceAll("\\.class$", "");
                try {
                    found.add(Class.forName(name, false, AuthorizationMatrixIT.class.getClassLoader()));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return found;
    }

    /** The table of docs/authorization.md: the first Markdown table whose first column is "endpoint". */
    static List<Row> readTable() throws IOException {
        var rows = new ArrayList<Row>();
        List<String> header = null;
        for (var line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (!line.startsWith("|")) {
                if (header != null && !rows.isEmpty()) {
                    break;
                }
                continue;
            }
            var cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|", -1))
                    .map(cell -> cell.strip().replace("`", ""))
                    .toList();
            if (header == null) {
                if ("endpoint".equals(cells.get(0))) {
                    header = cells;
                }
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            var expected = new LinkedHashMap<String, String>();
            for (int i = 2; i < header.size(); i++) {
                expected.put(header.get(i), cells.get(i));
            }
            var request = cells.get(1).isEmpty() ? cells.get(0) : cells.get(1);
            rows.add(new Row(cells.get(0), request, expected));
        }
        assertThat(header).as("the table of %s", TABLE).isNotNull();
        return rows;
    }

    private String base() {
        return Deployments.base(deployed);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** The scene's ids and names ({@link MatrixScene}). */
    private Map<String, String> scene() throws Exception {
        var answer = client().send(HttpRequest.newBuilder(URI.create(base() + "/it/matrix-scene")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(200);
        var scene = new LinkedHashMap<String, String>();
        answer.body().lines().map(line -> line.split("=", 2)).forEach(pair -> scene.put(pair[0], pair[1]));
        return scene;
    }

    private static String fill(String request, Map<String, String> scene) {
        var matcher = PLACEHOLDER.matcher(request);
        var filled = new StringBuilder();
        while (matcher.find()) {
            var value = scene.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No " + matcher.group(1) + " in the scene, asked for by " + request);
            }
            matcher.appendReplacement(filled, value);
        }
        return matcher.appendTail(filled).toString();
    }

    /** Sends the row's request: a GET of the address, or for another method the address, a space and the body. */
    private HttpResponse<String> ask(HttpClient client, String endpoint, String request) throws Exception {
        var method = endpoint.contains(" ") ? endpoint.substring(0, endpoint.indexOf(' ')) : "GET";
        var address = request.contains(" ") ? request.substring(0, request.indexOf(' ')) : request;
        var builder = HttpRequest.newBuilder(URI.create(base() + address));
        if ("GET".equals(method)) {
            builder.GET();
        } else {
            var body = request.contains(" ") ? request.substring(request.indexOf(' ') + 1) : "";
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The answer as the table writes it: the status, or "login" for a redirect to the sign-in page. */
    private static String answer(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 300 && status < 400) {
            return answer.headers().firstValue("Location").filter(location -> location.contains("/login.xhtml"))
                    .map(location -> "login").orElse("redirect");
        }
        return String.valueOf(status);
    }

    /** A client signed in through the sign-in form, with the second factor's code when the page asks for it. */
    private HttpClient signedIn(String username, String password) throws Exception {
        var client = client();
        assertThat(SignInForm.signIn(client, base(), username, password).statusCode())
                .as("%s signs in and is sent to their dashboard", username).isIn(302, 303);
        return client;
    }
}
