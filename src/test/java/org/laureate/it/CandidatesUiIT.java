package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laureate.demo.DemoData;
import org.laureate.scoring.web.ResultsBacking;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The secretariat reads a closed round's results and proposes candidates, both co-chairs confirm them on their page,
 * the secretariat publishes the list: in the browser, in Russian.
 */
class CandidatesUiIT extends BrowserTest {

    /**
     * The closed round of a cycle of this test's own, on so many petitions, with the co-chairs {@code chairs-by} and
     * {@code chairs-ru}: its id and its title.
     */
    private String[] closedRound(int petitions, String chairs) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/it/closed-round?petitions=" + petitions + "&chairs=" + chairs)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().strip().split("\n");
    }

    /** The results page of a closed round. */
    private String results(String[] round) {
        return base() + "/scoring/council/results.xhtml?round=" + round[0];
    }

    /** Signs the secretariat in and opens the results page of a closed round of this test's own; its id and title. */
    private String[] secretariatOnResultsOfAClosedRound(int petitions, String chairs) throws Exception {
        var round = closedRound(petitions, chairs);
        signIn("admin", DemoData.PASSWORD);
        browser.open(results(round));
        return round;
    }

    private void confirmAs(String chair, String roundName) {
        signIn(chair, CandidateListSeeds.PASSWORD);
        browser.clickAndWaitForPage(By.id("chairCandidates"));
        assertThat(browser.text(By.id("proposals"))).contains(roundName, "Сімфонія мужнасці");
        browser.click(By.cssSelector("[id$=':confirm']"));
        browser.waitForText(By.id("messages"), "Вы подтвердили соискателей тура «" + roundName + "»");
    }

    @Test
    void theSecretariatProposesBothCoChairsConfirmAndTheListIsPublished() throws Exception {
        var round = secretariatOnResultsOfAClosedRound(2, "ui-chair");
        var table = browser.text(By.id("results:ranking"));
        assertThat(table).contains("Сімфонія мужнасці", "Песні пра сяброўства", "8,00", "7,00");
        assertThat(browser.text(By.id("results-rule"))).contains("Усечённое среднее");
        assertThat(weight("td.results__TRIMMED_MEAN")).as("the rule's column, marked").isEqualTo("700");
        assertThat(weight("td.results__MEDIAN")).as("another column").isEqualTo("400");
        browser.click(By.cssSelector("[id$=':choose']"));
        browser.click(By.id("results:propose"));
        browser.waitForText(By.id("messages"), "Сопредседателям предложено соискателей: 1");
        assertThat(browser.text(By.id("list-status"))).isEqualTo("Предложен, ждёт сопредседателей");

        confirmAs("ui-chair-by", round[1]);
        confirmAs("ui-chair-ru", round[1]);

        signIn("admin", DemoData.PASSWORD);
        browser.open(results(round));
        assertThat(browser.text(By.id("list-status"))).isEqualTo("Подтверждён обоими сопредседателями");
        browser.click(By.id("results:publish"));
        browser.waitForText(By.id("messages"), "Список соискателей опубликован");
        assertThat(browser.text(By.id("list-status"))).isEqualTo("Опубликован");
    }

    @Test
    void choicesOnTwoPagesOfALongRankingAreProposedTogetherInItsOrder() throws Exception {
        secretariatOnResultsOfAClosedRound(ResultsBacking.PAGE + 3, "ui-pager-chair");
        assertThat(browser.driver().findElements(By.cssSelector("[id$=':choose']"))).hasSize(ResultsBacking.PAGE);
        assertThat(browser.text(By.xpath(row(0)))).contains("Сімфонія мужнасці");
        browser.click(By.id("results:table:0:choose"));

        var last = ResultsBacking.PAGE + 2;
        var of = " из " + (last + 1);
        assertThat(browser.text(By.id("places"))).isEqualTo("Места 1–" + ResultsBacking.PAGE + of);
        browser.click(By.id("results:next"));
        browser.waitForText(By.id("places"), "Места " + (ResultsBacking.PAGE + 1) + "–" + (last + 1) + of);
        browser.find(By.id("results:table:" + last + ":choose"));
        assertThat(browser.driver().findElements(By.cssSelector("[id$=':choose']"))).hasSize(3);
        var onSecondPage = browser.text(By.xpath(row(last) + "/td[4]"));
        assertThat(onSecondPage).startsWith("Твор ");
        browser.click(By.id("results:table:" + last + ":choose"));
        browser.click(By.id("results:propose"));

        browser.waitForText(By.id("messages"), "Сопредседателям предложено соискателей: 2");
        assertThat(browser.text(By.id("listed")).lines())
                .hasSize(2)
                .satisfies(listed -> assertThat(listed.get(0)).contains("Сімфонія мужнасці"))
                .satisfies(listed -> assertThat(listed.get(1)).contains(onSecondPage));
    }

    @Test
    void theResultsPageAndItsChartsReadWellToEveryoneInEveryLanguage() throws Exception {
        var page = results(secretariatOnResultsOfAClosedRound(2, "ui-axe-chair"));
        var chart = browser.find(By.cssSelector("[id$=':0:choose']")).findElement(By.xpath(
                "ancestor::tr//*[@class='histogram']"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getAttribute("title")).startsWith("Распределение оценок ").contains("бюллетеней — 1");
        assertThat(chart.getCssValue("background-image")).contains("linear-gradient");

        var axe = new AxeWalk(browser.driver());
        for (var language : List.of("ru", "be", "en")) {
            browser.driver().manage().addCookie(new Cookie("laureate-lang", language, "/"));
            axe.analyse(page, base(), language, "admin");
        }
        browser.driver().manage().deleteCookieNamed("laureate-lang");
        assertThat(axe.blocking()).as("serious or critical violations on the results page").isEmpty();
    }

    /** The font weight of the first cell of the ranking that the selector finds. */
    private String weight(String cells) {
        return browser.find(By.cssSelector("#results\\:ranking " + cells)).getCssValue("font-weight");
    }

    /** The row of the results table that holds the check box of the ranking's place {@code index} (from 0). */
    private static String row(int index) {
        return "//tr[.//input[@id='results:table:" + index + ":choose']]";
    }
}
