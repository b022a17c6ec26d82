package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.laureate.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The secret ballot in the browser: the secretariat opens a round in a cycle of the test's own
 * ({@link ScoringCycleServlet}); a member's browser obtains the round's credentials, keeps a draft, casts, revises,
 * exports the credentials, imports them in a second browser (where, until then, none of its notes and scores shows:
 * R9.14) and revises there; two co-chairs cast too; the round closes, and the member finds their three receipts on the
 * bulletin board with the scores last cast, and nobody's name anywhere on it.
 */
class ScoringUiIT extends BrowserTest {

    private static final String[] CRITERIA = {"ARTISTIC_MERIT", "FRIENDSHIP", "SIGNIFICANCE"};
    private static final String HASH = "[0-9a-f]{64}";

    @BeforeAll
    static void denyDownloads() {
        noDownloads(browser);
    }

    /** The export also offers a file to download; the tests read the same text from the page instead. */
    private static void noDownloads(Browser browser) {
        ((org.openqa.selenium.chromium.ChromiumDriver) browser.driver())
                .executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "deny"));
    }

    @Test
    void r9_14_r9_30_aMemberCastsRevisesMovesTheirCredentialsToAnotherBrowserAndFindsTheirReceiptsOnTheBoard()
            throws IOException {
        var scene = Deployments.fetch(base() + "/it/scoring-cycle").split("\n");
        var cycleId = scene[0];
        var member = scene[1];
        var chairs = List.of(scene[2], scene[3]);
        browser.signIn(base(), "admin", DemoData.PASSWORD);
        browser.open(base() + "/scoring/admin/rounds.xhtml?cycle=" + cycleId);
        var title = "Отбор соискателей, проверка " + System.nanoTime();
        browser.type(By.id("open:title"), title);
        browser.click(By.id("open:submit"));
        browser.waitForText(By.id("messages"), "Тур «" + title + "» открыт");
        var round = browser.find(By.cssSelector("section[data-title='" + title + "']")).getAttribute("data-round");

        browser.signIn(base(), member, ScoringFixtures.PASSWORD);
        browser.open(base() + "/scoring/rounds.xhtml");
        browser.clickAndWaitForPage(By.cssSelector("article[data-round='" + round + "'] a.sheet-link"));
        browser.waitForText(By.id("credential-status"), "Ваши мандаты на этот тур получены");
        assertThat(browser.text(By.id("local-progress"))).startsWith("Подано 0 из 3");
        var fingerprint = browser.text(By.id("key-fingerprint"));
        assertThat(fingerprint).as("R9.30 the fingerprint of the round's keys")
                .matches("Отпечаток ключей этого тура: [0-9a-f]{4}( [0-9a-f]{4}){4}\\. .*");
        var ballots = new ArrayList<String>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("a.score-link"))) {
            ballots.add(link.getAttribute("href"));
        }
        assertThat(ballots).hasSize(3);

        var receipts = new LinkedHashMap<String, String>();
        browser.open(ballots.get(0));
        score(browser, 7, 8, 9);
        browser.type(By.id("ballot-note"), "Сильная выставка, проверить каталог.");
        browser.find(By.id("saveDraft")).click();
        browser.waitForText(By.id("ballot-status"), "Черновик сохранён только в этом браузере");
        assertThat(browser.driver().findElement(By.id("receipt-code")).isDisplayed()).isFalse();
        receipts.put(browser.text(By.id("petition-number")), cast(browser, "Ваш бюллетень учтён"));

        browser.open(ballots.get(1));
        score(browser, 5, 6, 4);
        var first = cast(browser, "Ваш бюллетень учтён");
        receipts.put(browser.text(By.id("petition-number")), first);

        browser.open(ballots.get(2));
        score(browser, 3, 2, 1);
        receipts.put(browser.text(By.id("petition-number")), cast(browser, "Ваш бюллетень учтён"));

        browser.open(ballots.get(1));
        assertThat(browser.text(By.id("receipt-code"))).isEqualTo(first);
        assertThat(browser.find(By.id("cast")).getText()).isEqualTo("Подать заново");
        score(browser, 10, 9, 8);
        assertThat(cast(browser, "заменил поданный ранее")).as("a revision keeps its receipt").isEqualTo(first);

        browser.open(ballots.get(0));
        assertThat(browser.find(By.id("ballot-note")).getAttribute("value"))
                .isEqualTo("Сильная выставка, проверить каталог.");
        browser.clickAndWaitForPage(By.id("backToSheet"));
        browser.waitForText(By.id("credential-status"), "В этом браузере есть ваши мандаты");
        assertThat(browser.text(By.id("local-progress"))).startsWith("Подано 3 из 3");
        browser.find(By.id("export-credentials")).click();
        browser.waitForText(By.id("credential-status"), "Ваши мандаты сохранены в файл");
        var exported = Files.createTempFile("laureate-credentials-", ".json");
        var second = new Browser();
        try {
            noDownloads(second);
            Files.writeString(exported, browser.find(By.id("export-text")).getAttribute("value"),
                    StandardCharsets.UTF_8);

            // another browser: the credentials were issued and are not there; imported, they revise the ballot
            second.signIn(base(), member, ScoringFixtures.PASSWORD);
            second.open(base() + "/scoring/sheet.xhtml?round=" + round);
            second.waitForText(By.id("credential-status"), "уже выданы, но их нет в этом браузере");
            second.open(ballots.get(0));
            second.waitForText(By.id("ballot-status"), "В этом браузере нет мандата");
            assertThat(second.find(By.id("cast")).isEnabled()).isFalse();
            assertThat(second.find(By.id("ballot-note")).getAttribute("value"))
                    .as("the note stayed in the first browser").isEmpty();
            assertThat(second.driver().findElements(By.cssSelector("input[type='radio']:checked")))
                    .as("and so did the scores").isEmpty();
            second.open(base() + "/scoring/sheet.xhtml?round=" + round);
            second.driver().findElement(By.id("import-credentials")).sendKeys(exported.toString());
            second.waitForText(By.id("credential-status"), "Ваши мандаты импортированы в этот браузер");
            assertThat(second.text(By.id("local-progress"))).startsWith("Подано 3 из 3");
            second.open(ballots.get(0));
            score(second, 6, 6, 6);
            assertThat(cast(second, "заменил поданный ранее")).isEqualTo(receipts.values().iterator().next());

            // two co-chairs cast on every petition, so that each has the k = 3 ballots the board needs
            for (var chair : chairs) {
                second.signIn(base(), chair, ScoringFixtures.PASSWORD);
                second.open(base() + "/scoring/sheet.xhtml?round=" + round);
                second.waitForText(By.id("credential-status"), "Ваши мандаты на этот тур получены");
                assertThat(second.text(By.id("key-fingerprint"))).as("R9.30 the same keys for every member")
                        .isEqualTo(fingerprint);
                for (var ballot : ballots) {
                    second.open(ballot);
                    score(second, 5, 5, 5);
                    cast(second, "Ваш бюллетень учтён");
                }
            }
        } finally {
            second.close();
            Files.delete(exported);
        }

        browser.open(base() + "/scoring/council/board.xhtml?round=" + round);
        browser.waitForText(By.id("board-refused"), "Тур ещё открыт");
        assertThat(browser.isPresent(By.id("board"))).isFalse();

        browser.signIn(base(), "admin", DemoData.PASSWORD);
        browser.open(base() + "/scoring/admin/rounds.xhtml?cycle=" + cycleId);
        var section = "section[data-round='" + round + "'] ";
        assertThat(browser.text(By.cssSelector(section + "td.total-issued"))).isEqualTo("3");
        assertThat(browser.text(By.cssSelector(section + "td.total-ballots"))).isEqualTo("9");
        browser.find(By.cssSelector(section + "button[id$=':close']")).click();
        browser.find(By.id("confirmYes")).click();
        browser.waitForText(By.id("messages"), "Тур «" + title + "» закрыт");

        browser.signIn(base(), member, ScoringFixtures.PASSWORD);
        browser.open(base() + "/scoring/rounds.xhtml");
        browser.clickAndWaitForPage(By.cssSelector("article[data-round='" + round + "'] a.board-link"));
        browser.waitForText(By.id("board-status"), "Всего бюллетеней: 9");
        browser.waitForText(By.id("board-mine"), "нашёл на доске 3 из 3");
        var mine = browser.driver().findElements(By.cssSelector("#board tr.board-row.is-mine"));
        assertThat(mine).extracting(row -> row.getAttribute("data-hash"))
                .containsExactlyInAnyOrderElementsOf(receipts.values());
        var expected = Map.of(receipts.values().iterator().next(), new int[] {6, 6, 6}, first, new int[] {10, 9, 8});
        for (var row : mine) {
            if (expected.containsKey(row.getAttribute("data-hash"))) {
                assertThat(scores(row)).containsExactly(expected.get(row.getAttribute("data-hash")));
            }
        }

        var content = browser.find(By.id("content"));
        var owner = browser.driver().findElement(By.id("ballot-owner")).getAttribute("outerHTML");
        var html = content.getAttribute("innerHTML").replace(owner, "");
        var identities = new ArrayList<String>(List.of("Сопредседатель"));
        for (var username : List.of(member, chairs.get(0), chairs.get(1))) {
            identities.add(username);
            identities.add("Эксперт " + username);
        }
        for (var identity : identities) {
            assertThat(content.getText()).as("board text").doesNotContain(identity);
            assertThat(html).as("board markup").doesNotContain(identity);
        }
    }

    /** Picks a score per criterion. */
    private static void score(Browser in, int... points) {
        in.find(By.id("petition-number"));
        for (int i = 0; i < CRITERIA.length; i++) {
            in.find(By.cssSelector("input[name='score_" + CRITERIA[i] + "'][value='" + points[i] + "']")).click();
        }
    }

    /** Casts the ballot on the page, waits for the answer the member is told, returns the receipt shown. */
    private static String cast(Browser in, String told) {
        in.find(By.id("cast")).click();
        in.waitForText(By.id("ballot-status"), told);
        var receipt = in.text(By.id("receipt-code"));
        assertThat(receipt).matches(HASH);
        return receipt;
    }

    private static int[] scores(WebElement row) {
        var scores = new int[CRITERIA.length];
        for (int i = 0; i < CRITERIA.length; i++) {
            scores[i] = Integer.parseInt(row.findElement(By.cssSelector("td[data-criterion='" + CRITERIA[i] + "']"))
                    .getText().trim());
        }
        return scores;
    }
}
