package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.laureate.demo.DemoData;
import org.openqa.selenium.By;

/**
 * The secretariat's dashboard lists what waits in a cycle and on whom, each item a link to the page where it is done
 * (R15.1); a member of the cycle's council sees that cycle in the header (R15.2): in the browser, in Russian.
 */
class DashboardUiIT extends BrowserTest {

    /** A cycle of this test's own on which three things wait (see {@link TodoSceneServlet}). */
    private String[] scene() throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base() + "/it/todo-scene")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().strip().split("\n");
    }

    /** The XPath of the dashboard's row of the cycle whose text holds {@code what}. */
    private static String row(String cycle, String what) {
        return "//table[@id='todo-table']//tr[td[1][normalize-space()='" + cycle + "']"
                + " and contains(normalize-space(td[2]), '" + what + "')]";
    }

    @Test
    void r15_1_theSecretariatSeesWhatWaitsOnWhomAndFollowsEachLink() throws Exception {
        var scene = scene();
        String cycle = scene[0];
        String openRound = scene[2];
        String closedRound = scene[3];
        String waitingPetition = scene[5];
        var dashboard = base() + "/dashboard/admin.xhtml";

        signIn("admin", DemoData.PASSWORD);
        browser.open(dashboard);
        assertThat(browser.text(By.id("todo-title"))).isEqualTo("Что ждёт решения");
        var petitions = row(cycle, "Ходатайства ждут проверки министерством: 1");
        var round = row(cycle, "Тур «" + openRound + "» идёт: учётные данные получили 0 из 3 членов совета,"
                + " бюллетеней подано: 0");
        var candidates = row(cycle, "Соискатели тура «" + closedRound + "»: подтвердили 1 из 2 сопредседателей");
        assertThat(browser.text(By.xpath(petitions))).contains("Министерство культуры Беларуси");
        assertThat(browser.text(By.xpath(round))).contains("Экспертный совет")
                .as("its closing time").containsPattern("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d");
        assertThat(browser.text(By.xpath(candidates))).contains("Сопредседатель от России");
        assertThat(browser.driver().findElements(By.xpath("//table[@id='todo-table']//tr[td[1][normalize-space()='"
                + cycle + "']]"))).as("nothing else waits in this cycle").hasSize(3);

        browser.clickAndWaitForPage(By.xpath(candidates + "//a"));
        assertThat(browser.driver().getCurrentUrl()).contains("/scoring/council/results.xhtml?round=" + scene[4]);
        assertThat(browser.text(By.id("list-status"))).isEqualTo("Предложен, ждёт сопредседателей");

        browser.open(dashboard);
        browser.clickAndWaitForPage(By.xpath(round + "//a"));
        assertThat(browser.text(By.id("rounds"))).contains(openRound);

        browser.open(dashboard);
        browser.clickAndWaitForPage(By.xpath(petitions + "//a"));
        browser.waitForText(By.id("petitions:table"), waitingPetition);
        assertThat(browser.text(By.id("petitions:table"))).as("the link filters the registry to what waits")
                .doesNotContain("Песня", "Паэма");
    }

    @Test
    void r15_2_aCouncilMemberSeesTheCycleTheyScoreInTheHeader() throws Exception {
        var scene = scene();

        signIn(scene[1], CandidateListSeeds.PASSWORD);
        assertThat(browser.text(By.id("current-cycle"))).contains(scene[0]).contains("Проверка министерствами");
    }
}
