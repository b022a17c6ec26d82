package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laureate.demo.DemoData;
import org.laureate.security.control.SignInThrottle;
import org.openqa.selenium.By;

/** The real pages in headless Chromium, and the HTTP promises behind them. */
class SkeletonUiIT extends BrowserTest {

    /** Each role's dashboard; the header shows the current cycle, a council member the one they score (R15.2). */
    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({
        "admin, dashboard-admin, Секретариат, 2027–2028",
        "org-by, dashboard-organisation, Моя организация, 2027–2028",
        "ministry-ru, dashboard-ministry, Министерство, 2027–2028",
        "expert, dashboard-expert, Экспертный совет, 2025–2026",
        "chair-by, dashboard-expert, Экспертный совет, 2025–2026",
        "council, dashboard-council, Постановления, 2027–2028"
    })
    void eachRoleSignsInToItsDashboardAndSignsOut(String username, String dashboard, String title, String cycle) {
        signIn(username, DemoData.PASSWORD);

        assertThat(browser.find(By.id(dashboard)).isDisplayed()).isTrue();
        assertThat(browser.text(By.cssSelector("h1.page-title"))).isEqualTo(title);
        assertThat(browser.text(By.id("current-cycle"))).contains(cycle);

        browser.clickAndWaitForPage(By.id("signout:signOut"));

        assertThat(browser.isPresent(By.id("signIn"))).isTrue();
        browser.open(base() + "/dashboard/admin.xhtml");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void r3_4_aWrongPasswordAndAnUnknownNameGetTheSameError() {
        signIn("admin", "not-the-password");
        var wrongPassword = browser.text(By.cssSelector(".ui-messages-error"));

        signIn("nobody-" + UUID.randomUUID(), "not-the-password");
        var unknownUser = browser.text(By.cssSelector(".ui-messages-error"));

        assertThat(wrongPassword).contains("Неверное имя пользователя или пароль").isEqualTo(unknownUser);
        assertThat(browser.isPresent(By.id("signed-in-as"))).isFalse();
    }

    @Test
    void theLanguageSwitchesToBelarusianAndIsRemembered() {
        browser.open(base() + "/");
        assertThat(browser.text(By.cssSelector("h1.page-title"))).isEqualTo("Главная");

        browser.clickAndWaitForPage(By.cssSelector("a[data-lang='be']"));

        assertThat(browser.text(By.cssSelector("h1.page-title"))).isEqualTo("Галоўная");
        assertThat(browser.text(By.cssSelector(".brand__name")))
                .isEqualTo("Прэмія Саюзнай дзяржавы ў галіне літаратуры і мастацтва");
        browser.open(base() + "/login.xhtml");
        assertThat(browser.text(By.cssSelector("h1.page-title"))).isEqualTo("Уваход");

        browser.clickAndWaitForPage(By.cssSelector("a[data-lang='en']"));
        assertThat(browser.text(By.cssSelector("h1.page-title"))).isEqualTo("Sign in");
    }

    @Test
    void aRoleNeverGetsAnotherRolesPage() {
        signIn("org-ru", DemoData.PASSWORD);

        for (String page : new String[] {"/dashboard/admin.xhtml", "/security/accounts.xhtml",
            "/dashboard/ministry.xhtml", "/dashboard/expert.xhtml", "/dashboard/council.xhtml"}) {
            browser.open(base() + page);
            assertThat(browser.isPresent(By.id("error-notFound"))).as(page).isTrue();
            assertThat(browser.isPresent(By.cssSelector("[id^='dashboard-']"))).as(page).isFalse();
            assertThat(browser.isPresent(By.id("accounts:table"))).as(page).isFalse();
        }
    }

    /** R3.19 The account opens without a password; {@code AccountsUiIT} follows its holder setting one. */
    @Test
    void theSecretariatOpensAnAccountWithoutAPassword() {
        var username = "ministry-" + UUID.randomUUID().toString().substring(0, 8);
        signIn("admin", DemoData.PASSWORD);
        browser.open(base() + "/security/accounts.xhtml");

        browser.type(By.id("create:username"), username);
        browser.type(By.id("create:fullName"), "Ўладзімір Іваноў-Сёмін");
        browser.type(By.id("create:email"), username + "@example.org");
        browser.click(By.cssSelector("label[for='create:roles:2']"));
        browser.click(By.id("create:submit"));
        assertThat(browser.text(By.cssSelector(".ui-messages-error")))
                .as("a ministry without a country is refused").contains("страну");

        browser.choose("create:country", "Республика Беларусь");
        browser.click(By.id("create:submit"));
        assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains(username)
                .contains(username + "@example.org");
        assertThat(browser.text(By.xpath("//tr[contains(., '" + username + "')]")))
                .contains("Ўладзімір Іваноў-Сёмін").contains("ещё не задан");
    }

    /** A request of the HTTP client, with the session cookie given (or none), never following a redirect. */
    private HttpResponse<String> http(String path, String cookie, String form) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base() + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The whole {@code Set-Cookie} header of the session cookie, as the server sent it. */
    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(header -> header.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    /** The {@code JSESSIONID=…} pair of a {@code Set-Cookie} header, as a browser sends it back. */
    private static String pair(String setCookie) {
        return setCookie.split(";", 2)[0];
    }

    /** Signs in as org-by (no second factor) through the form, with the session of the sign-in page. */
    private HttpResponse<String> signInOverHttp(HttpResponse<String> loginPage) throws Exception {
        return http("/login.xhtml", pair(sessionCookie(loginPage)), "login=login&login%3Ausername=org-by"
                + "&login%3Apassword=" + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + URLEncoder.encode(
                SignInForm.viewState(loginPage.body()), StandardCharsets.UTF_8));
    }

    @Test
    void r3_16_theSessionIdIsRenewedAtSignIn() throws Exception {
        var login = http("/login.xhtml", null, null);
        var before = pair(sessionCookie(login));

        var signedIn = signInOverHttp(login);

        assertThat(signedIn.statusCode()).isIn(302, 303);
        var after = pair(sessionCookie(signedIn));
        assertThat(after).as("a new session id").isNotEqualTo(before);
        assertThat(http("/dashboard/organisation.xhtml", after, null).statusCode()).isEqualTo(200);
        assertThat(http("/dashboard/organisation.xhtml", before, null).statusCode())
                .as("the id from before the sign-in opens nothing").isNotEqualTo(200);
    }

    @Test
    void r3_17_theSessionCookieIsHttpOnlyAndSameSiteOnTheSetCookieHeaderItself() throws Exception {
        var login = http("/login.xhtml", null, null);
        var signedIn = signInOverHttp(login);

        for (var header : new String[] {sessionCookie(login), sessionCookie(signedIn)}) {
            var attributes = List.of(header.split(";\\s*"));
            assertThat(attributes).as(header).anySatisfy(attribute -> assertThat(attribute).isEqualToIgnoringCase(
                    "HttpOnly"));
            assertThat(attributes).as(header).anySatisfy(attribute -> assertThat(attribute).isEqualToIgnoringCase(
                    "SameSite=Lax"));
        }
    }

    @Test
    void r3_17_noAnswerNamesTheServerOrWhatPowersIt() throws Exception {
        for (var path : new String[] {"/", "/login.xhtml", "/api/laureates", "/no-such-page.xhtml",
            "/jakarta.faces.resource/theme.css.xhtml?ln=laureate"}) {
            var headers = http(path, null, null).headers();
            assertThat(headers.firstValue("Server")).as(path + " Server").isEmpty();
            assertThat(headers.firstValue("X-Powered-By")).as(path + " X-Powered-By").isEmpty();
        }
    }

    /**
     * Tries wrong passwords for a name on the sign-in page in {@code lang} until the page says the sign-ins are
     * paused; each try that is checked instead counts one more failure, so a few tries always reach the pause.
     */
    private String throttledMessage(String name, String lang) {
        for (int attempt = 0; attempt <= SignInThrottle.ACCOUNT.lockAt(); attempt++) {
            browser.forgetSession(base());
            browser.open(base() + "/login.xhtml?lang=" + lang);
            browser.type(By.id("login:username"), name);
            browser.type(By.id("login:password"), "not-the-password");
            browser.clickAndWaitForPage(By.id("login:submit"));
            var message = browser.text(By.cssSelector(".ui-messages-error")).strip();
            if (message.matches("(?s).*\\d.*")) {
                return message;
            }
        }
        throw new AssertionError("sign-ins of " + name + " never paused");
    }

    @Test
    void r3_14_repeatedFailuresArePausedAndSaidPlainlyInTheReadersLanguage() {
        var name = "nobody-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(throttledMessage(name, "ru")).matches("Слишком много неудачных попыток входа\\. .*через \\d+ .*");
        assertThat(throttledMessage(name, "be")).matches("Занадта шмат няўдалых спроб уваходу\\. .*праз \\d+ .*");
        assertThat(throttledMessage(name, "en")).matches("Too many failed sign-ins\\. .*in \\d+ .*");
        assertThat(browser.isPresent(By.id("signed-in-as"))).isFalse();
    }

    @Test
    void theReadinessCheckAnswersWithTheDatabase() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base().replaceFirst("(//[^/]+).*", "$1") + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"product\":\"MySQL\"");
    }

    @Test
    void theAboutPageShowsTheVersion() {
        browser.open(base() + "/about.xhtml");

        assertThat(browser.text(By.id("version"))).matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
