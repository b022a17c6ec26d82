package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laureate.demo.DemoData;
import org.openqa.selenium.By;

/**
 * Journeys in headless Chromium: an organisation registers, confirms its address (R3.18), its ministry verifies it,
 * it submits a collective petition and its ministry admits it; the secretariat creates a cycle and opens its call.
 */
class RegistrationUiIT extends BrowserTest {

    private static final String PASSWORD = "a long password";
    private static final Duration MAIL_PATIENCE = Duration.ofSeconds(60);
    private static final Pattern CONFIRM_LINK =
            Pattern.compile("(https?://\\S+/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+)");

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

        browser.open(base() + "/");
        browser.clickAndWaitForPage(By.id("register"));
        browser.type(By.id("registration:nameRu"), name);
        browser.type(By.id("registration:nameBe"), "Беларускі саюз тэатральных дзеячаў " + id);
        browser.choose("registration:kind", "Творческий союз");
        browser.click(By.cssSelector("label[for='registration:country:0']"));
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

        var smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("LAUREATE_MAIL_PORT")), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        String link;
        try {
            browser.type(By.id("registration:username"), username);
            browser.type(By.id("registration:password"), PASSWORD);
            browser.type(By.id("registration:passwordRepeated"), PASSWORD);
            browser.clickAndWaitForPage(By.id("registration:submit"));
            assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
            assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains(username).contains(name);
            // mails that earlier tests left waiting may reach this SMTP server too: the one to this address is it
            var recipient = username + "@example.org";
            MimeMessage mail = null;
            for (int expected = 1; mail == null; expected++) {
                assertThat(smtp.waitForIncomingEmail(MAIL_PATIENCE.toMillis(), expected)).as("the confirmation mail")
                        .isTrue();
                for (var received : smtp.getReceivedMessages()) {
                    if (GreenMailUtil.getAddressList(received.getAllRecipients()).contains(recipient)) {
                        mail = received;
                    }
                }
            }
            var body = mail.getContent().toString();
            assertThat(body).as("R3.18 nothing the registration typed").doesNotContain(id);
            var matcher = CONFIRM_LINK.matcher(body);
            assertThat(matcher.find()).as("the mail carries the link").isTrue();
            link = matcher.group(1);
        } finally {
            smtp.stop();
        }

        signIn("ministry-by", DemoData.PASSWORD);
        browser.open(base() + "/organization/organisations.xhtml");
        assertThat(browser.text(By.id("list:table"))).contains(name).doesNotContain("Музей Победы");
        browser.click(By.xpath("//tr[contains(., '" + id + "')]//button[contains(@id, ':show')]"));
        browser.waitForText(By.id("selected-name"), name);
        browser.click(By.id("decide:verify"));
        assertThat(browser.text(By.cssSelector(".ui-messages-error")))
                .as("R3.18 not before the contact confirmed the address").contains("не подтвердило");
        browser.clickAndWaitForPage(By.id("signout:signOut"));

        browser.forgetSession(base());
        browser.open(link);
        browser.clickAndWaitForPage(By.id("confirmEmail:submit"));
        assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains("Адрес подтверждён");

        signIn("ministry-by", DemoData.PASSWORD);
        browser.open(base() + "/organization/organisations.xhtml");
        browser.click(By.xpath("//tr[contains(., '" + id + "')]//button[contains(@id, ':show')]"));
        browser.waitForText(By.id("selected-name"), name);
        browser.click(By.id("decide:verify"));
        browser.waitForText(By.id("selected-status"), "Подтверждена");
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
        browser.open(base() + "/nomination/review/petitions.xhtml");
        var row = By.xpath("//tr[contains(., '" + number + "')]");
        assertThat(browser.find(row).getText()).contains(title);
        browser.click(By.xpath("//tr[contains(., '" + number + "')]//button[contains(@id, ':open')]"));
        browser.waitForText(By.id("petition-nominees"), "Ўладзімір Іваноў");
        assertThat(browser.driver().findElements(By.cssSelector("#petition-checks .check-failed"))).isEmpty();
        browser.click(By.id("review:admit"));
        browser.waitForText(By.id("petition-status"), "Допущено к рассмотрению");
        browser.clickAndWaitForPage(By.id("signout:signOut"));

        signIn(username, PASSWORD);
        assertThat(browser.text(By.id("petitions"))).contains(number).contains("Допущено к рассмотрению");
    }

    private void submitCollectivePetition(String title, Path files) throws Exception {
        browser.open(base() + "/nomination/petition.xhtml");
        browser.clickAndWaitForPage(By.id("start:start"));

        addAuthor("Айдар Нурланов", "12.03.1960", "Казахстан");
        browser.waitForText(By.id("messages"), "премия присуждается только гражданам Беларуси и России");
        assertThat(browser.text(By.id("steps:nominees:list"))).doesNotContain("Айдар Нурланов");
        addAuthor("Ўладзімір Іваноў", "05.05.1970", "Беларусь");
        browser.waitForText(By.id("steps:nominees:list"), "Ўладзімір Іваноў");
        addAuthor("Мария Соколова", "17.09.1975", "Россия");
        browser.waitForText(By.id("steps:nominees:list"), "Мария Соколова");

        browser.click(By.cssSelector("a[href='#steps:tabWork']"));
        browser.type(By.id("steps:work:title"), title);
        browser.choose("steps:work:artField", "Театральное искусство");
        browser.choose("steps:work:publicityForm", "Премьера");
        browser.type(By.id("steps:work:madePublicOn"), "09.05.2025");
        browser.click(By.id("steps:work:save"));
        browser.waitForText(By.id("messages"), "Черновик сохранён");

        browser.click(By.cssSelector("a[href='#steps:tabReasons']"));
        browser.type(By.id("steps:reasons:text"), "Спектакль белорусских и российских артистов о дружбе народов.");
        browser.click(By.id("steps:reasons:save"));
        browser.waitForText(By.id("messages"), "Черновик сохранён");

        browser.click(By.cssSelector("a[href='#steps:tabMaterials']"));
        var pdf = files.resolve("Программа спектакля.pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.upload(By.cssSelector("#steps\\:materials\\:upload input[type=file]"), pdf);
        browser.waitForText(By.id("steps:materials:list"), "Программа спектакля");

        browser.click(By.cssSelector("a[href='#steps:tabSubmit']"));
        browser.click(By.id("steps:review:submit"));
        browser.waitForText(By.id("messages"), "Ходатайство подано");
    }

    private void addAuthor(String name, String bornOn, String citizenship) {
        browser.type(By.id("steps:nominees:fullNameRu"), name);
        browser.type(By.id("steps:nominees:bornOn"), bornOn);
        browser.choose("steps:nominees:citizenship", citizenship);
        browser.click(By.id("steps:nominees:add"));
    }

    @Test
    void theSecretariatCreatesTheNextCycleAndOpensItsCall() {
        signIn("admin", DemoData.PASSWORD);
        browser.open(base() + "/cycle/cycles.xhtml");
        assertThat(browser.text(By.id("table"))).contains("2025–2026");
        browser.clickAndWaitForPage(By.id("create"));

        browser.type(By.id("cycle:name"), "2029-2030");
        browser.typeDate(By.id("cycle:callOpens_input"), "01.10.2028 00:00");
        browser.typeDate(By.id("cycle:callCloses_input"), "01.02.2029 00:00");
        browser.typeDate(By.id("cycle:publicityCutoff_input"), "01.03.2028");
        browser.typeDate(By.id("cycle:milestone0_input"), "17.06.2029");
        browser.typeDate(By.id("cycle:milestone1_input"), "15.10.2029");
        browser.typeDate(By.id("cycle:milestone3_input"), "24.02.2030");
        browser.clickAndWaitForPage(By.id("cycle:save"));
        assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains("2029–2030");
        assertThat(browser.text(By.id("cycle-phase"))).isEqualTo("Черновик");

        browser.click(By.id("phases:advance"));
        browser.click(By.id("move:confirm"));
        browser.waitForText(By.id("cycle-phase"), "Приём выдвижений");
        browser.open(browser.driver().getCurrentUrl());
        assertThat(browser.text(By.id("current-cycle"))).as("the announced cycle is the current one")
                .contains("2029–2030");

        browser.click(By.id("phases:correct"));
        browser.click(By.id("move:confirm"));
        browser.waitForText(By.id("move"), "Основание: заполните это поле.");
        assertThat(browser.text(By.id("cycle-phase"))).as("a correction needs a reason").isEqualTo("Приём выдвижений");
        browser.type(By.id("move:reason"), "Проверка: цикл возвращён в черновик");
        browser.click(By.id("move:confirm"));
        browser.waitForText(By.id("cycle-phase"), "Черновик");
        browser.open(browser.driver().getCurrentUrl());
        assertThat(browser.text(By.id("current-cycle"))).as("a draft is not current").contains("2027–2028");
    }
}
