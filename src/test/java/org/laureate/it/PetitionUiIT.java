package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laureate.demo.DemoData;
import org.openqa.selenium.By;

/**
 * A nominating organisation drafts, completes and submits a collective petition in the browser. The demo accounts
 * {@code org-ru} and {@code org-ru2} share one organisation, whose petition in the current cycle these tests start,
 * submit or find in any order.
 */
class PetitionUiIT extends BrowserTest {

    private void signIn(String username) {
        signIn(username, DemoData.PASSWORD);
    }

    private void addAuthor(String nameRu, String nameBe, String bornOn, String citizenship) {
        browser.type(By.id("steps:nominees:fullNameRu"), nameRu);
        browser.type(By.id("steps:nominees:fullNameBe"), nameBe);
        browser.type(By.id("steps:nominees:bornOn"), bornOn);
        browser.choose("steps:nominees:citizenship", citizenship);
        browser.click(By.id("steps:nominees:add"));
    }

    /**
     * Opens the petition page on a new draft; a petition the organisation already has in this cycle (one another test
     * started or submitted) is withdrawn first, as only one at a time may be.
     */
    private void startAfresh() {
        browser.open(base() + "/nomination/petition.xhtml");
        if (!browser.isPresent(By.id("start:start"))) {
            browser.click(By.cssSelector("a[href='#steps:tabSubmit']"));
            browser.type(By.id("steps:withdraw:reason"), "Начинаем заново");
            browser.clickAndWaitForPage(By.id("steps:withdraw:withdraw"));
            browser.waitForText(By.id("messages"), "Ходатайство отозвано");
        }
        browser.clickAndWaitForPage(By.id("start:start"));
    }

    @Test
    void anOrganisationSubmitsACollectivePetitionWithAPdf(@TempDir Path files) throws Exception {
        signIn("org-ru");
        startAfresh();
        assertThat(browser.text(By.id("petition-status"))).isEqualTo("Черновик");

        addAuthor("Иван Петров", "", "12.03.1960", "Казахстан");
        browser.waitForText(By.id("messages"), "Гражданство «Казахстан» не допускается");
        assertThat(browser.text(By.id("steps:nominees:list"))).doesNotContain("Иван Петров");

        addAuthor("Любовь Подлеснова", "Любоў Падляснова", "05.05.1970", "Россия");
        browser.waitForText(By.id("steps:nominees:list"), "Любоў Падляснова");
        addAuthor("Надежда Бабенко", "", "17.09.1975", "Россия");
        browser.waitForText(By.id("steps:nominees:list"), "Надежда Бабенко");

        browser.click(By.cssSelector("a[href='#steps:tabWork']"));
        browser.type(By.id("steps:work:title"), "Бессмертие подвига <script>alert(1)</script>");
        browser.choose("steps:work:artField", "Изобразительное искусство");
        browser.choose("steps:work:publicityForm", "Открытие выставки");
        browser.type(By.id("steps:work:madePublicOn"), "20.02.2026");
        browser.click(By.id("steps:work:save"));
        browser.waitForText(By.id("messages"), "Черновик сохранён");

        browser.click(By.cssSelector("a[href='#steps:tabReasons']"));
        browser.type(By.id("steps:reasons:text"), "Выставка о подвиге народов Беларуси и России.");
        browser.click(By.id("steps:reasons:save"));
        browser.waitForText(By.id("messages"), "Черновик сохранён");

        browser.click(By.cssSelector("a[href='#steps:tabMaterials']"));
        var fake = files.resolve("catalogue.pdf");
        Files.writeString(fake, "not a pdf at all");
        browser.upload(By.cssSelector("#steps\\:materials\\:upload input[type=file]"), fake);
        browser.waitForText(By.id("messages"), "Принимаются только документы PDF");
        var pdf = files.resolve("Каталог выставки.pdf");
        Files.write(pdf, ("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        browser.upload(By.cssSelector("#steps\\:materials\\:upload input[type=file]"), pdf);
        browser.waitForText(By.id("steps:materials:list"), "Каталог выставки");
        assertThat(browser.text(By.id("steps:materials:list"))).doesNotContain("catalogue");

        browser.click(By.cssSelector("a[href='#steps:tabSubmit']"));
        assertThat(browser.driver().findElements(By.cssSelector("#checks li.check-failed"))).isEmpty();
        browser.click(By.id("steps:review:submit"));
        browser.waitForText(By.id("messages"), "Ходатайство подано");
        var number = browser.text(By.id("petition-number"));
        assertThat(number).matches("(?s)2027-2028/RU/\\d{3}.*");
        assertThat(browser.text(By.id("petition-status"))).isEqualTo("Подано");

        browser.open(base() + "/nomination/petition.xhtml");
        browser.click(By.cssSelector("a[href='#steps:tabWork']"));
        assertThat(browser.find(By.id("steps:work:title")).getAttribute("value"))
                .isEqualTo("Бессмертие подвига <script>alert(1)</script>");

        var receiptUrl = URI.create(browser.find(By.id("receipt")).getAttribute("href"));
        var receipt = fetch(receiptUrl);
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        assertThat(new String(receipt.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        signIn("org-by");
        assertThat(fetch(receiptUrl).statusCode()).as("another organisation's receipt").isEqualTo(404);
    }

    /** GET with the browser's session. */
    private HttpResponse<byte[]> fetch(URI uri) throws Exception {
        var session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void twoUsersOfOneOrganisationCannotOverwriteEachOther() {
        signIn("org-ru2");
        browser.open(base() + "/nomination/petition.xhtml");
        if (browser.isPresent(By.id("start:start"))) {
            browser.clickAndWaitForPage(By.id("start:start"));
        }
        browser.click(By.cssSelector("a[href='#steps:tabReasons']"));

        try (var colleague = new Browser()) {
            colleague.signIn(base(), "org-ru", DemoData.PASSWORD);
            colleague.open(base() + "/nomination/petition.xhtml");
            colleague.click(By.cssSelector("a[href='#steps:tabReasons']"));
            colleague.type(By.id("steps:reasons:text"), "Основания коллеги");
            colleague.click(By.id("steps:reasons:save"));
            colleague.waitForText(By.id("messages"), "Черновик сохранён");
        }

        browser.type(By.id("steps:reasons:text"), "Мои основания");
        browser.click(By.id("steps:reasons:save"));
        browser.waitForText(By.id("messages"), "другой пользователь");

        browser.open(base() + "/nomination/petition.xhtml");
        browser.click(By.cssSelector("a[href='#steps:tabReasons']"));
        assertThat(browser.find(By.id("steps:reasons:text")).getAttribute("value")).isEqualTo("Основания коллеги");
    }

    @Test
    void aSecondPetitionInTheSameCycleIsRefused() {
        signIn("org-by");
        browser.open(base() + "/nomination/petition.xhtml");
        if (browser.isPresent(By.id("start:start"))) {
            browser.clickAndWaitForPage(By.id("start:start"));
        }
        assertThat(browser.isPresent(By.id("petition-status"))).isTrue();
        assertThat(browser.isPresent(By.id("start:start"))).as("only one petition at a time").isFalse();
    }
}
