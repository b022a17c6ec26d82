package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.demo.DemoData;

/**
 * Refusals as a client sees them over HTTP: the security headers of every answer, a signed-in page kept out of
 * caches, a POST from another site refused, a page's address with a wrong or missing parameter answered 400 and a
 * record that is not there 404 (never 500), and the open data's refusals as problem details in the caller's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RefusalsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private String base() {
        return Deployments.base(deployed);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Signs in as the demo secretariat through the sign-in form, with the second factor's code when it is asked, each
     * form sent from {@code origin} when it is given.
     */
    private HttpResponse<String> signInAsAdmin(String origin) throws Exception {
        return SignInForm.signIn(client, base(), "admin", DemoData.PASSWORD,
                origin == null ? new String[0] : new String[] {"Origin", origin});
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (var path : new String[] {"/publication/laureates.xhtml", "/api/laureates", "/login.xhtml"}) {
            var headers = get(path).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
        }
    }

    @Test
    void aSignedInPageIsNotStoredAndAPostFromAnotherSiteIsRefused() throws Exception {
        assertThat(signInAsAdmin("http://attacker.example").statusCode()).isEqualTo(403);
        assertThat(get("/dashboard/admin.xhtml").statusCode()).as("the foreign sign-in did not happen")
                .isNotEqualTo(200);

        var signedIn = signInAsAdmin(base().replaceFirst("(//[^/]+).*", "$1"));
        assertThat(signedIn.statusCode()).isIn(200, 302, 303);
        var dashboard = get("/dashboard/admin.xhtml");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void aWrongAddressIs400AndAMissingRecord404NeverA500() throws Exception {
        signInAsAdmin(null);
        assertThat(get("/cycle/cycle.xhtml?id=abc").statusCode()).as("a malformed id").isEqualTo(400);
        assertThat(get("/scoring/admin/council.xhtml").statusCode()).as("a required parameter left out")
                .isEqualTo(400);
        assertThat(get("/scoring/admin/rounds.xhtml").statusCode()).as("a required parameter left out")
                .isEqualTo(400);
        var missing = get("/cycle/cycle.xhtml?id=987654321");
        assertThat(missing.statusCode()).as("a cycle that does not exist").isEqualTo(404);
        assertThat(missing.body()).contains("Страница не найдена");
        assertThat(get("/cycle/cycle.xhtml?id=abc").body()).contains("Неверный адрес");
    }

    /** Posts the registration form with these fields, as the page's own form would. */
    private HttpResponse<String> register(String... fields) throws Exception {
        var form = new StringBuilder("registration=registration&registration%3Asubmit=&jakarta.faces.ViewState=")
                .append(URLEncoder.encode(SignInForm.viewState(get("/register.xhtml").body()),
                        StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            form.append("&registration%3A").append(fields[i]).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return client.send(HttpRequest.newBuilder(URI.create(base() + "/register.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void overLongTextIsRefusedWithItsLimitNotCutAndControlCharactersAreRefused() throws Exception {
        var tooLong = register("nameRu", "Я".repeat(301), "nameBe", "Саюз", "username", "x");
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).as("the limit beside the field").contains("Не длиннее 300 знаков; введено 301");

        var override = register("nameRu", "Союз", "nameBe", "Саюз\u202Efdp.exe", "contactPerson", "Иван\u0000");
        assertThat(override.body()).contains("управляющие или невидимые знаки")
                .doesNotContain("зарегистрирована");
    }

    @Test
    void theOpenDataRefusesWithProblemDetailsInTheCallersLanguage() throws Exception {
        var json = new ObjectMapper();
        var unreadable = get("/api/laureates?size=abc");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = json.readTree(unreadable.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isEqualTo("Неверный запрос");

        var english = json.readTree(get("/api/laureates?page=0", "Accept-Language", "en-GB,en;q=0.8").body());
        assertThat(english.get("status").asInt()).isEqualTo(400);
        assertThat(english.get("title").asText()).isEqualTo("Bad request");

        var nothing = get("/api/nothing-here", "Accept-Language", "be");
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(nothing.body()).get("title").asText()).isEqualTo("Не знойдзена");
    }
}
