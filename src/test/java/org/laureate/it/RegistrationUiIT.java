package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Journeys in headless Chromium: an organisation registers, its ministry verifies it and its user finds it verified;
 * the secretariat creates a cycle and opens its call.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationUiIT {

    private static final String PASSWORD = "a long password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    private static Browser browser;
    private String base;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void freshSession() {
        base = Deployments.local(deployed).toString().replaceAll("/$", "");
        browser.open(base + "/about.xhtml");
        browser.driver().manage().deleteAllCookies();
    }

    private void signIn(String username, String password) {
        browser.open(base + "/login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.clickAndWaitForPage(By.id("login:submit"));
    }

    private void choose(String menu, String label) {
        browser.find(By.id(menu)).click();
        browser.find(By.cssSelector("#" + menu.replace(":", "\\:") + "_items li[data-label='" + label + "']")).click();
    }

    private void waitForText(By by, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    @Test
    void anOrganisationRegistersItsMinistryVerifiesItAndItsUserSeesItVerified() {
        var id = UUID.randomUUID().toString().substring(0, 8);
        var username = "theatre-" + id;
        var name = "Белорусский союз театральных деятелей <b>" + id + "</b>";

        browser.open(base + "/");
        browser.clickAndWaitForPage(By.id("register"));
        browser.type(By.id("registration:nameRu"), name);
        browser.type(By.id("registration:nameBe"), "Беларускі саюз тэатральных дзеячаў " + id);
        choose("registration:kind", "Творческий союз");
        browser.find(By.cssSelector("label[for='registration:country:0']")).click();
        browser.type(By.id("registration:legalNumber"), "190 000 555");
        browser.type(By.id("registration:address"), "220030, г. Минск, ул. Кирова, 8");
        browser.type(By.id("registration:contactPerson"), "Ўладзімір Іваноў");
        browser.type(By.id("registration:contactEmail"), username + "@example.org");
        browser.type(By.id("registration:username"), "org-by");
        browser.type(By.id("registration:fullName"), "Ўладзімір Іваноў");
        browser.type(By.id("registration:password"), PASSWORD);
        browser.type(By.id("registration:passwordRepeated"), PASSWORD);
        browser.clickAndWaitForPage(By.id("registration:submit"));
        assertThat(browser.text(By.cssSelector(".ui-messages-error")))
                .as("a taken username is refused").contains("org-by");

        browser.type(By.id("registration:username"), username);
        browser.type(By.id("registration:password"), PASSWORD);
        browser.type(By.id("registration:passwordRepeated"), PASSWORD);
        browser.clickAndWaitForPage(By.id("registration:submit"));
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
        assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains(username).contains(name);

        signIn("ministry-by", DemoData.PASSWORD);
        browser.open(base + "/organization/organisations.xhtml");
        assertThat(browser.text(By.id("list:table"))).contains(name).doesNotContain("Музей Победы");
        browser.find(By.xpath("//tr[contains(., '" + id + "')]//button[contains(@id, ':show')]")).click();
        waitForText(By.id("selected-name"), name);
        browser.find(By.id("decide:verify")).click();
        waitForText(By.id("selected-status"), "Подтверждена");
        assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains("подтверждена");
        browser.clickAndWaitForPage(By.id("signout:signOut"));

        signIn(username, PASSWORD);
        assertThat(browser.text(By.cssSelector("#dashboard-organisation h2"))).isEqualTo(name);
        assertThat(browser.text(By.id("organisation-status"))).isEqualTo("Подтверждена");
    }

    @Test
    void theSecretariatCreatesTheNextCycleAndOpensItsCall() {
        signIn("admin", DemoData.PASSWORD);
        browser.open(base + "/cycle/cycles.xhtml");
        assertThat(browser.text(By.id("table"))).contains("2025–2026");
        browser.clickAndWaitForPage(By.id("create"));

        browser.type(By.id("cycle:name"), "2027-2028");
        browser.type(By.id("cycle:callOpens_input"), "01.10.2026 00:00");
        browser.type(By.id("cycle:callCloses_input"), "01.02.2027 00:00");
        browser.type(By.id("cycle:publicityCutoff_input"), "01.03.2026");
        browser.type(By.id("cycle:milestone0_input"), "17.06.2027");
        browser.type(By.id("cycle:milestone1_input"), "15.10.2027");
        browser.type(By.id("cycle:milestone3_input"), "24.02.2028");
        browser.clickAndWaitForPage(By.id("cycle:save"));
        assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains("2027–2028");
        assertThat(browser.text(By.id("cycle-phase"))).isEqualTo("Черновик");

        browser.find(By.id("phases:advance")).click();
        browser.find(By.id("move:confirm")).click();
        waitForText(By.id("cycle-phase"), "Приём выдвижений");
        browser.open(browser.driver().getCurrentUrl());
        assertThat(browser.text(By.id("current-cycle"))).as("the announced cycle is the current one")
                .contains("2027–2028");

        browser.find(By.id("phases:correct")).click();
        browser.find(By.id("move:confirm")).click();
        waitForText(By.id("move"), "Основание: заполните это поле.");
        assertThat(browser.text(By.id("cycle-phase"))).as("a correction needs a reason").isEqualTo("Приём выдвижений");
        browser.type(By.id("move:reason"), "Проверка: цикл возвращён в черновик");
        browser.find(By.id("move:confirm")).click();
        waitForText(By.id("cycle-phase"), "Черновик");
    }
}
