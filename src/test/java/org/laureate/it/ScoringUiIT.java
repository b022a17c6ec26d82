package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laureate.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The secret ballot in the browser: the secretariat opens a round, a member scores its three petitions, saves a
 * draft, casts, revises one ballot, the round closes, and the member finds all three receipts on the bulletin board
 * with the scores last cast, and nobody's name anywhere on it.
 */
class ScoringUiIT extends BrowserTest {

    private static final String CODE = "[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}";
    private static final String[] CRITERIA = {"ARTISTIC_MERIT", "FRIENDSHIP", "SIGNIFICANCE"};

    private void signIn(String username) {
        signIn(username, DemoData.PASSWORD);
    }

    @Test
    void aMemberFindsAllThreeReceiptsOnTheBoardWithTheScoresLastCast() {
        signIn("admin");
        browser.open(base() + "/cycle/cycles.xhtml");
        browser.clickAndWaitForPage(By.xpath("//a[contains(@class,'cycle-link') and text()='2025–2026']"));
        browser.clickAndWaitForPage(By.id("scoringRounds"));
        var cycleId = browser.driver().getCurrentUrl().replaceFirst(".*[?&]cycle=(\\d+).*", "$1");
        assertThat(browser.find(By.id("open:title")).getAttribute("value")).isEqualTo("Отбор соискателей");
        var title = "Отбор соискателей, проверка " + System.nanoTime();
        browser.type(By.id("open:title"), title);
        browser.click(By.id("open:submit"));
        browser.waitForText(By.id("messages"), "Тур «" + title + "» открыт");
        var round = browser.find(By.cssSelector("section[data-title='" + title + "']")).getAttribute("data-round");

        signIn("expert");
        browser.open(base() + "/scoring/rounds.xhtml");
        browser.clickAndWaitForPage(By.cssSelector("article[data-round='" + round + "'] a.sheet-link"));
        assertThat(browser.text(By.id("progress-text"))).isEqualTo("Оценено 0 из 3");
        var ballots = new ArrayList<String>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("a.score-link"))) {
            ballots.add(link.getAttribute("href"));
        }
        assertThat(ballots).hasSize(3);

        var cast = new LinkedHashMap<String, int[]>();
        var codes = new LinkedHashMap<String, String>();
        browser.open(ballots.get(0));
        score(7, 8, 9);
        browser.type(By.id("ballot:note"), "Сильная выставка, проверить каталог.");
        browser.click(By.id("ballot:saveDraft"));
        browser.waitForText(By.id("messages"), "Черновик сохранён");
        assertThat(browser.text(By.id("ballot-state"))).isEqualTo("Черновик");
        assertThat(browser.isPresent(By.id("receipt-code"))).isFalse();
        codes.put(castBallot(), browser.text(By.id("petition-number")));
        cast.put(browser.text(By.id("petition-number")), new int[] {7, 8, 9});

        browser.open(ballots.get(1));
        score(5, 6, 4);
        var first = castBallot();
        var revised = browser.text(By.id("petition-number"));

        browser.open(ballots.get(2));
        score(3, 2, 1);
        codes.put(castBallot(), browser.text(By.id("petition-number")));
        cast.put(browser.text(By.id("petition-number")), new int[] {3, 2, 1});

        browser.open(ballots.get(1));
        assertThat(browser.text(By.id("receipt-code"))).isEqualTo(first);
        assertThat(browser.find(By.id("ballot:note")).getAttribute("value")).isEmpty();
        assertThat(browser.find(By.id("ballot:cast")).getText()).isEqualTo("Подать заново");
        score(10, 9, 8);
        var second = castBallot();
        assertThat(second).isNotEqualTo(first);
        codes.put(second, revised);
        cast.put(revised, new int[] {10, 9, 8});

        browser.open(ballots.get(0));
        assertThat(browser.find(By.id("ballot:note")).getAttribute("value"))
                .isEqualTo("Сильная выставка, проверить каталог.");
        browser.clickAndWaitForPage(By.id("backToSheet"));
        assertThat(browser.text(By.id("progress-text"))).isEqualTo("Оценено 3 из 3");

        browser.open(base() + "/scoring/receipts.xhtml?round=" + round);
        var hashes = new LinkedHashMap<String, String>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("tr.receipt-row"))) {
            var code = row.findElement(By.cssSelector(".receipt-code")).getText();
            assertThat(codes).containsKey(code);
            hashes.put(code, row.findElement(By.cssSelector(".receipt-hash")).getText());
            assertThat(scores(row)).containsExactly(cast.get(codes.get(code)));
        }
        assertThat(hashes).hasSize(3);

        browser.open(base() + "/scoring/council/board.xhtml?round=" + round);
        browser.waitForText(By.id("board-refused"), "Тур ещё открыт");
        assertThat(browser.isPresent(By.id("board"))).isFalse();

        signIn("admin");
        browser.open(base() + "/scoring/admin/rounds.xhtml?cycle=" + cycleId);
        assertThat(browser.text(By.xpath("//section[@data-round='" + round + "']//tr[td[contains(., 'Алексей Громов')]]"
                + "/td[2]"))).as("ballots cast by the member, a count only").isEqualTo("3");
        browser.click(By.cssSelector("section[data-round='" + round + "'] button[id$=':close']"));
        browser.click(By.id("confirmYes"));
        browser.waitForText(By.id("messages"), "Тур «" + title + "» закрыт");

        signIn("expert");
        browser.open(base() + "/scoring/rounds.xhtml");
        browser.clickAndWaitForPage(By.cssSelector("article[data-round='" + round + "'] a.board-link"));
        var status = By.id("board-status");
        browser.waitForText(status, "Всего бюллетеней: 3");
        assertThat(browser.driver().findElements(By.cssSelector("#board tr.board-row"))).hasSize(3);

        browser.type(By.id("board-filter"), first.toLowerCase());
        browser.waitForText(status, "Совпадений нет");
        for (var receipt : codes.entrySet()) {
            var code = receipt.getKey();
            if (code.equals(second)) {
                browser.type(By.id("board-filter"), code.replace("-", " ").toLowerCase());
            } else {
                browser.type(By.id("board-filter"), hashes.get(code));
            }
            browser.waitForText(status, "Найдено бюллетеней: 1");
            var shown = visibleRows();
            assertThat(shown).hasSize(1);
            assertThat(shown.get(0).getAttribute("data-hash")).isEqualTo(hashes.get(code));
            assertThat(shown.get(0).findElement(By.cssSelector(".board-number")).getText())
                    .isEqualTo(receipt.getValue());
            assertThat(scores(shown.get(0))).containsExactly(cast.get(receipt.getValue()));
        }

        var content = browser.find(By.id("content"));
        var html = content.getAttribute("innerHTML");
        for (var identity : List.of("expert", "Алексей Громов", "Громов Алексей", "Людмила Сергеенко", "Янка Лукша",
                "Ольга Березина", "Михаил Руденко", "chair-by", "chair-ru", "Сопредседатель")) {
            assertThat(content.getText()).as("board text").doesNotContain(identity);
            assertThat(html).as("board markup").doesNotContain(identity);
        }
    }

    /** Picks a score per criterion by its label, as a keyboard or mouse user would. */
    private static void score(int... points) {
        browser.find(By.id("petition-number"));
        for (int i = 0; i < CRITERIA.length; i++) {
            browser.find(By.cssSelector("label[for='ballot:score_" + CRITERIA[i] + ":" + (points[i] - 1) + "']"))
                    .click();
        }
    }

    /** Casts the ballot on the page and returns the receipt code it shows. */
    private static String castBallot() {
        browser.click(By.id("ballot:cast"));
        browser.waitForText(By.id("messages"), "Ваш бюллетень подан");
        var code = browser.text(By.id("receipt-code"));
        assertThat(code).matches(CODE);
        assertThat(browser.text(By.id("ballot-state"))).isEqualTo("Подан");
        return code;
    }

    private static int[] scores(WebElement row) {
        var scores = new int[CRITERIA.length];
        for (int i = 0; i < CRITERIA.length; i++) {
            scores[i] = Integer.parseInt(row.findElement(By.cssSelector("td[data-criterion='" + CRITERIA[i] + "']"))
                    .getText().trim());
        }
        return scores;
    }

    private static List<WebElement> visibleRows() {
        return browser.driver().findElements(By.cssSelector("#board tr.board-row")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }
}
