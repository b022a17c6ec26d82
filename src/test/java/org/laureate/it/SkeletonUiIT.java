package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laureate.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

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
    void aWrongPasswordAndAnUnknownNameGetTheSameError() {
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

    @Test
    void theSecretariatOpensAnAccountThatThenSignsIn() {
        var username = "ministry-" + UUID.randomUUID().toString().substring(0, 8);
        signIn("admin", DemoData.PASSWORD);
        browser.open(base() + "/security/accounts.xhtml");

        browser.type(By.id("create:username"), username);
        browser.type(By.id("create:fullName"), "Ўладзімір Іваноў-Сёмін");
        browser.type(By.id("create:password"), "a long password");
        browser.click(By.cssSelector("label[for='create:roles:2']"));
        browser.click(By.id("create:submit"));
        assertThat(browser.text(By.cssSelector(".ui-messages-error")))
                .as("a ministry without a country is refused").contains("страну");

        browser.choose("create:country", "Республика Беларусь");
        browser.type(By.id("create:password"), "a long password");
        browser.click(By.id("create:submit"));
        assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains(username);
        assertThat(browser.text(By.id("accounts:table"))).contains("Ўладзімір Іваноў-Сёмін");

        browser.clickAndWaitForPage(By.id("signout:signOut"));
        signIn(username, "a long password");
        assertThat(browser.find(By.id("dashboard-ministry")).getText()).contains("Республика Беларусь");
        assertThat(browser.text(By.id("signed-in-as"))).isEqualTo("Ўладзімір Іваноў-Сёмін");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        signIn("expert", DemoData.PASSWORD);

        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
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
