package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laureate.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo cycle 2025–2026 in the browser from its scoring round to its published laureates: the secretariat closes
 * the round and proposes its three petitions, both co-chairs confirm, the list is published; nobody learns of a
 * laureate before the award; five members of seven vote for all three, the Council of Ministers and the Supreme State
 * Council record their resolutions, the secretariat publishes the awards, and an anonymous reader finds them.
 */
class LaureatesJourneyUiIT extends BrowserTest {

    private static final String CYCLE = "2025–2026";
    private static final String ROUND = "Отбор соискателей";
    private static final String LAUREATE = "Виталий Кульбаков";
    private static final String WORK = "Концертные программы Национального президентского оркестра";
    private static final List<String> PRESENT = List.of("chair-by", "chair-ru", "expert", "expert3", "expert4");
    private static final List<String> PRESENT_NAMES = List.of("Сопредседатель Экспертного совета (Беларусь)",
            "Сопредседатель Экспертного совета (Россия)", "Алексей Громов", "Янка Лукша", "Ольга Березина");

    private void signIn(String username) {
        signIn(username, DemoData.PASSWORD);
    }

    private static String cycleParameter() {
        return URLEncoder.encode(CYCLE, StandardCharsets.UTF_8);
    }

    @Test
    void r13_10_theDemoCycleGoesFromItsScoringRoundToPublishedLaureates() throws Exception {
        signIn("admin");
        browser.open(base() + "/cycle/cycles.xhtml");
        browser.clickAndWaitForPage(By.xpath("//a[contains(@class,'cycle-link') and text()='" + CYCLE + "']"));
        browser.clickAndWaitForPage(By.id("scoringRounds"));
        var cycleId = browser.driver().getCurrentUrl().replaceFirst(".*[?&]cycle=(\\d+).*", "$1");
        var round = "section[data-title='" + ROUND + "']";
        browser.click(By.cssSelector(round + " button[id$=':close']"));
        browser.click(By.id("confirmYes"));
        browser.waitForText(By.id("messages"), "Тур «" + ROUND + "» закрыт");
        browser.clickAndWaitForPage(By.cssSelector(round + " a[href*='results.xhtml']"));
        assertThat(browser.text(By.id("results:ranking"))).contains(WORK);
        var choices = browser.driver().findElements(By.cssSelector("[id$=':choose']"));
        assertThat(choices).hasSize(3);
        choices.forEach(WebElement::click);
        browser.click(By.id("results:propose"));
        browser.waitForText(By.id("messages"), "Сопредседателям предложено соискателей: 3");
        var results = browser.driver().getCurrentUrl();

        confirmAs("chair-by");
        confirmAs("chair-ru");

        signIn("admin");
        browser.open(results);
        assertThat(browser.text(By.id("list-status"))).isEqualTo("Подтверждён обоими сопредседателями");
        browser.click(By.id("results:publish"));
        browser.waitForText(By.id("messages"), "Список соискателей опубликован");

        signOut();
        browser.open(base() + "/publication/archive.xhtml?cycle=" + cycleParameter());
        assertThat(browser.text(By.id("archive-count"))).isEqualTo("Найдено: 0");
        assertThat(browser.text(By.id("awards"))).as("laureates before the award").doesNotContain("Кульбаков");
        assertThat(laureatesJson()).doesNotContain("Кульбаков");

        signIn("admin");
        browser.open(base() + "/scoring/admin/votes.xhtml?cycle=" + cycleId);
        var finalists = browser.driver().findElements(By.cssSelector("#prepare\\:finalists label"));
        assertThat(finalists).hasSize(3);
        finalists.forEach(WebElement::click);
        browser.typeDate(By.id("prepare:heldOn_input"), "17.10.2025");
        browser.type(By.id("prepare:place"), "Минск");
        browser.click(By.id("prepare:putToVote"));
        browser.waitForText(By.id("messages"), "На голосование поставлено произведений: 3");
        var vote = browser.find(By.cssSelector("section.vote")).getAttribute("id").substring("vote-".length());
        for (var name : PRESENT_NAMES) {
            browser.find(By.xpath("//section[@id='vote-" + vote + "']//label[starts-with(., '" + name + " (')]"))
                    .click();
        }
        browser.click(By.cssSelector("#vote-" + vote + " button[id$=':savePresence']"));
        browser.waitForText(By.id("messages"), "Присутствуют 5 из 7");
        browser.click(By.cssSelector("#vote-" + vote + " button[id$=':open']"));
        browser.waitForText(By.id("messages"), "Голосование открыто");

        for (var member : PRESENT) {
            voteForAllAs(member, vote);
        }

        signIn("admin");
        browser.open(base() + "/scoring/admin/votes.xhtml?cycle=" + cycleId);
        browser.click(By.cssSelector("#vote-" + vote + " button[id$=':close']"));
        browser.click(By.id("confirmYes"));
        browser.waitForText(By.id("messages"), "Голосование закрыто");
        var chosen = browser.driver().findElements(By.cssSelector("#vote-" + vote + " table.vote-result tr.chosen"));
        assertThat(chosen).hasSize(3);
        assertThat(chosen).allSatisfy(row -> assertThat(row.getText()).contains("Избрано"));

        signIn("council");
        browser.open(base() + "/decision/decisions.xhtml?cycle=" + cycleId);
        var scan = scan();
        browser.type(By.id("ministers:number"), "112");
        browser.typeDate(By.id("ministers:adoptedOn_input"), "12.02.2026");
        browser.upload(By.id("ministers:scan_input"), scan);
        assertThat(ticked("ministers:approved")).as("no nominee is ticked before the user ticks").containsOnly(false);
        browser.clickAndWaitForPage(By.id("ministers:record"));
        browser.waitForText(By.id("messages"), "Утвердите хотя бы одного номинанта");
        assertThat(browser.text(By.id("ministers:scanKept"))).as("a refusal keeps the scan")
                .contains(scan.getFileName().toString());
        assertThat(browser.driver().findElement(By.id("ministers:number")).getAttribute("value")).isEqualTo("112");
        tickAll("ministers:approved");
        browser.clickAndWaitForPage(By.id("ministers:record"));
        browser.waitForText(By.id("messages"), "Постановление № 112 внесено");
        browser.typeDate(By.id("supreme:adoptedOn_input"), "26.02.2026");
        browser.click(By.cssSelector("#supreme\\:agreedByBelarus .ui-chkbox-box"));
        browser.click(By.cssSelector("#supreme\\:agreedByRussia .ui-chkbox-box"));
        browser.upload(By.id("supreme:scan_input"), scan);
        tickAll("supreme:approved");
        browser.clickAndWaitForPage(By.id("supreme:record"));
        browser.waitForText(By.id("supreme"), "Номер: заполните это поле.");
        assertThat(ticked("supreme:approved")).as("a refused form keeps the ticks").hasSize(3).containsOnly(true);
        assertThat(browser.text(By.id("supreme:scanKept"))).contains(scan.getFileName().toString());
        browser.type(By.id("supreme:number"), "3");
        browser.clickAndWaitForPage(By.id("supreme:record"));
        browser.waitForText(By.id("messages"), "Постановление № 3 внесено");
        assertThat(browser.text(By.id("cycle-laureates"))).contains(WORK, LAUREATE);
        Files.delete(scan);

        signIn("admin");
        browser.open(base() + "/publication/admin/laureates.xhtml");
        browser.click(By.xpath("//button[contains(., '" + CYCLE + "')]"));
        browser.click(By.id("confirmYes"));
        browser.waitForText(By.id("messages"), "Опубликовано наград: 3");

        signOut();
        browser.open(base() + "/publication/archive.xhtml?cycle=" + cycleParameter());
        browser.waitForText(By.id("archive-count"), "Найдено: 3");
        assertThat(browser.text(By.id("awards"))).contains(LAUREATE, WORK);
        assertThat(laureatesJson()).contains("Кульбаков", WORK);
    }

    private void confirmAs(String chair) {
        signIn(chair);
        browser.clickAndWaitForPage(By.id("chairCandidates"));
        var proposal = "//section[contains(@class,'proposal') and contains(., '" + ROUND + " · ')"
                + " and contains(., '" + CYCLE + "')]";
        assertThat(browser.text(By.xpath(proposal))).contains(WORK);
        browser.click(By.xpath(proposal + "//button[contains(@id,':confirm')]"));
        browser.waitForText(By.id("messages"), "Вы подтвердили соискателей тура «" + ROUND + "»");
    }

    /**
     * Signs in, reaches the vote from the dashboard (where the browser obtains the vote's credentials), marks every
     * finalist and casts: one ballot per finalist, each with its credential, and the page says they counted.
     */
    private void voteForAllAs(String member, String vote) {
        signIn(member);
        browser.clickAndWaitForPage(By.cssSelector("#my-votes a[href*='vote=" + vote + "']"));
        browser.waitForText(By.id("credential-status"), "Ваши мандаты на это голосование получены");
        var options = browser.driver().findElements(By.cssSelector("#vote-form input.approve"));
        assertThat(options).as("finalists on %s's ballot", member).hasSize(3);
        for (int i = 0; i < options.size(); i++) {
            options.get(i).click();
            browser.waitForText(By.id("counter"), "Выбрано " + (i + 1) + " из 3");
        }
        browser.click(By.id("castBallot"));
        browser.waitForText(By.id("ballot-status"), "Ваши бюллетени учтены");
        assertThat(browser.driver().findElements(By.cssSelector(".vote-state[data-state='cast']"))).hasSize(3);
    }

    private void signOut() {
        browser.forgetSession(base());
    }

    /** Whether each nominee of a resolution's form is ticked, in order. */
    private static List<Boolean> ticked(String checkboxes) {
        return browser.driver().findElements(By.cssSelector("#" + checkboxes.replace(":", "\\:")
                + " input[type='checkbox']")).stream().map(WebElement::isSelected).toList();
    }

    /** Ticks every nominee of a resolution's form, as a user clicks each. */
    private static void tickAll(String checkboxes) {
        var count = ticked(checkboxes).size();
        assertThat(count).isEqualTo(3);
        for (int i = 0; i < count; i++) {
            browser.click(By.cssSelector("label[for='" + checkboxes + ":" + i + "']"));
        }
        assertThat(ticked(checkboxes)).containsOnly(true);
    }

    private String laureatesJson() throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base() + "/api/laureates?cycle=" + cycleParameter()))
                        .header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** A tiny but valid PDF, as the scan of a resolution. */
    private static Path scan() throws IOException {
        var file = Files.createTempFile("resolution-", ".pdf");
        Files.writeString(file, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n", StandardCharsets.ISO_8859_1);
        return file;
    }
}
