package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.laureate.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Journeys in headless Chromium: an organisation registers, its ministry verifies it, it submits a collective petition
 * and its ministry admits it; the secretariat creates a cycle and opens its call.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationUiIT {

    private static final String PASSWORD = "a long password";

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
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
        base = Deployments.base(deployed);
        browser.open(base + "/about.xhtml");
        browser.driver().manage().deleteAllCookies();
    }

    private void signIn(String username, String password) {
        browser.signIn(base, username, password);
    }

    private void waitForText(By by, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /**
     * The call for nominations end to end: an organisation registers, its ministry verifies it, it submits a
     * collective petition with a PDF (a citizen of a third country is refused on the way), and the ministry admits it.
     */
    @Test
    void anOrganisationRegistersIsVerifiedSubmitsACollectivePetitionAndTheMinistryAdmitsIt(@TempDir Path files)
            throws Exception {
        var id = UUID.randomUUID().toString().substring(0, 8);
        var username = "theatre-" + id;
        var name = "Белорусский союз театральных деятелей <b>" + id + "</b>";

        browser.open(base + "/");
        browser.clickAndWaitForPage(By.id("register"));
        browser.type(By.id("registration:nameRu"), name);
        browser.type(By.id("registration:nameBe"), "Беларускі саюз тэатральных дзеячаў " + id);
        browser.choose("registration:kind", "Творческий союз");
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

        var title = "Спектакль «Общая сцена» " + id;
        submitCollectivePetition(title, files);
        var number = browser.text(By.id("petition-number")).strip().split("\\s+")[0];
        assertThat(number).matches("2027-2028/BY/\\d{3}");
        browser.clickAndWaitForPage(By.id("signout:signOut"));

        signIn("ministry-by", DemoData.PASSWORD);
        browser.open(base + "/nomination/review/petitions.xhtml");
        var row = By.xpath("//tr[contains(., '" + number + "')]");
        assertThat(browser.find(row).getText()).contains(title);
        browser.find(By.xpath("//tr[contains(., '" + number + "')]//button[contains(@id, ':open')]")).click();
        waitForText(By.id("petition-nominees"), "Ўладзімір Іваноў");
        assertThat(browser.driver().findElements(By.cssSelector("#petition-checks .check-failed"))).isEmpty();
        browser.find(By.id("review:admit")).click();
        waitForText(By.id("petition-status"), "Допущено к рассмотрению");
        browser.clickAndWaitForPage(By.id("signout:signOut"));

        signIn(username, PASSWORD);
        assertThat(browser.text(By.id("petitions"))).contains(number).contains("Допущено к рассмотрению");
    }

    private void submitCollectivePetition(String title, Path files) throws Exception {
        browser.open(base + "/nomination/petition.xhtml");
        browser.clickAndWaitForPage(By.id("start:start"));

        addAuthor("Айдар Нурланов", "12.03.1960", "Казахстан");
        waitForText(By.id("messages"), "премия присуждается только гражданам Беларуси и России");
        assertThat(browser.text(By.id("steps:nominees:list"))).doesNotContain("Айдар Нурланов");
        addAuthor("Ўладзімір Іваноў", "05.05.1970", "Беларусь");
        waitForText(By.id("steps:nominees:list"), "Ўладзімір Іваноў");
        addAuthor("Мария Соколова", "17.09.1975", "Россия");
        waitForText(By.id("steps:nominees:list"), "Мария Соколова");

        browser.find(By.cssSelector("a[href='#steps:tabWork']")).click();
        browser.type(By.id("steps:work:title"), title);
        browser.choose("steps:work:artField", "Театральное искусство");
        browser.choose("steps:work:publicityForm", "Премьера");
        browser.type(By.id("steps:work:madePublicOn"), "09.05.2025" + Keys.TAB);
        browser.find(By.id("steps:work:save")).click();
        waitForText(By.id("messages"), "Черновик сохранён");

        browser.find(By.cssSelector("a[href='#steps:tabReasons']")).click();
        browser.type(By.id("steps:reasons:text"), "Спектакль белорусских и российских артистов о дружбе народов.");
        browser.find(By.id("steps:reasons:save")).click();
        waitForText(By.id("messages"), "Черновик сохранён");

        browser.find(By.cssSelector("a[href='#steps:tabMaterials']")).click();
        var pdf = files.resolve("Программа спектакля.pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.driver().findElement(By.cssSelector("#steps\\:materials\\:upload input[type=file]"))
                .sendKeys(pdf.toString());
        waitForText(By.id("steps:materials:list"), "Программа спектакля");

        browser.find(By.cssSelector("a[href='#steps:tabSubmit']")).click();
        browser.find(By.id("steps:review:submit")).click();
        waitForText(By.id("messages"), "Ходатайство подано");
    }

    private void addAuthor(String name, String bornOn, String citizenship) {
        browser.type(By.id("steps:nominees:fullNameRu"), name);
        browser.type(By.id("steps:nominees:bornOn"), bornOn + Keys.TAB);
        browser.choose("steps:nominees:citizenship", citizenship);
        browser.find(By.id("steps:nominees:add")).click();
    }

    @Test
    void theSecretariatCreatesTheNextCycleAndOpensItsCall() {
        signIn("admin", DemoData.PASSWORD);
        browser.open(base + "/cycle/cycles.xhtml");
        assertThat(browser.text(By.id("table"))).contains("2025–2026");
        browser.clickAndWaitForPage(By.id("create"));

        browser.type(By.id("cycle:name"), "2029-2030");
        browser.type(By.id("cycle:callOpens_input"), "01.10.2028 00:00");
        browser.type(By.id("cycle:callCloses_input"), "01.02.2029 00:00");
        browser.type(By.id("cycle:publicityCutoff_input"), "01.03.2028");
        browser.type(By.id("cycle:milestone0_input"), "17.06.2029");
        browser.type(By.id("cycle:milestone1_input"), "15.10.2029");
        browser.type(By.id("cycle:milestone3_input"), "24.02.2030");
        browser.clickAndWaitForPage(By.id("cycle:save"));
        assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains("2029–2030");
        assertThat(browser.text(By.id("cycle-phase"))).isEqualTo("Черновик");

        browser.find(By.id("phases:advance")).click();
        browser.find(By.id("move:confirm")).click();
        waitForText(By.id("cycle-phase"), "Приём выдвижений");
        browser.open(browser.driver().getCurrentUrl());
        assertThat(browser.text(By.id("current-cycle"))).as("the announced cycle is the current one")
                .contains("2029–2030");

        browser.find(By.id("phases:correct")).click();
        browser.find(By.id("move:confirm")).click();
        waitForText(By.id("move"), "Основание: заполните это поле.");
        assertThat(browser.text(By.id("cycle-phase"))).as("a correction needs a reason").isEqualTo("Приём выдвижений");
        browser.type(By.id("move:reason"), "Проверка: цикл возвращён в черновик");
        browser.find(By.id("move:confirm")).click();
        waitForText(By.id("cycle-phase"), "Черновик");
        browser.open(browser.driver().getCurrentUrl());
        assertThat(browser.text(By.id("current-cycle"))).as("a draft is not current").contains("2027–2028");
    }
}
