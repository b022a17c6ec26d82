package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laureate.demo.DemoData;
import org.openqa.selenium.By;

/**
 * The final vote in the browser, in both modes, on a cycle of its own whose council of five has a member (seat 2) of
 * the organisation of petition 0: the secretariat registers presence and opens the vote; each member's browser obtains
 * the vote's credentials and casts one ballot per finalist, without the session, and tells the member that they
 * counted; the recused member is offered nothing on petition 0. For up to P: a tie at the boundary goes to a run-off,
 * which has its own credentials. For, against or abstain: a change while open, an unmarked finalist as an abstention,
 * and after the close each member's browser finds its own ballots on the board.
 */
class FinalVoteUiIT extends BrowserTest {

    /** A seeded cycle: its id, council usernames, petitions and registration numbers. */
    private record Scene(String cycleId, List<String> usernames, List<String> petitions, List<String> numbers) {
    }

    private Scene scene(String mode, int petitions, int prizes) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base()
                + "/it/final-vote-scene?mode=" + mode + "&petitions=" + petitions + "&prizes=" + prizes)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        var lines = response.body().split("\n");
        return new Scene(lines[0], Arrays.asList(lines[1].split(",")), Arrays.asList(lines[2].split(",")),
                Arrays.asList(lines[3].split(",")));
    }

    /** As the secretariat: puts every candidate to the vote, registers all five present, opens it; its id. */
    private String openVote(Scene scene) {
        signIn("admin", DemoData.PASSWORD);
        browser.open(base() + "/scoring/admin/votes.xhtml?cycle=" + scene.cycleId());
        browser.driver().findElements(By.cssSelector("#prepare\\:finalists label")).forEach(label -> label.click());
        browser.typeDate(By.id("prepare:heldOn_input"), "17.10.2025");
        browser.type(By.id("prepare:place"), "Минск");
        browser.click(By.id("prepare:putToVote"));
        browser.waitForText(By.id("messages"), "На голосование поставлено произведений: " + scene.petitions().size());
        var vote = browser.find(By.cssSelector("section.vote")).getAttribute("id").substring("vote-".length());
        presentAndOpen(scene, vote);
        return vote;
    }

    private void presentAndOpen(Scene scene, String vote) {
        for (var username : scene.usernames()) {
            browser.find(By.xpath("//section[@id='vote-" + vote + "']//label[starts-with(., 'Член совета " + username
                    + " (')]")).click();
        }
        browser.click(By.cssSelector("#vote-" + vote + " button[id$=':open']"));
        browser.waitForText(By.id("messages"), "Голосование открыто");
    }

    private void close(Scene scene, String vote) {
        signIn("admin", DemoData.PASSWORD);
        browser.open(base() + "/scoring/admin/votes.xhtml?cycle=" + scene.cycleId());
        assertThat(browser.text(By.cssSelector("#vote-" + vote + " .vote-totals")))
                .as("the secretariat follows totals only").contains("получили членов совета: 5");
        browser.click(By.cssSelector("#vote-" + vote + " button[id$=':close']"));
        browser.click(By.id("confirmYes"));
        browser.waitForText(By.id("messages"), "Голосование закрыто");
    }

    /** The fingerprint of each vote's keys (R9.30) as the first member who opened it saw it. */
    private final Map<String, String> fingerprints = new HashMap<>();

    /**
     * Signs in as the member of the seat and opens the vote, where the browser obtains (or holds) its credentials;
     * R9.30 every member who obtains them, recused or not, sees the same fingerprint of the vote's keys, and a
     * run-off another.
     */
    private void openBallot(Scene scene, int seat, String vote, String told) {
        signIn(scene.usernames().get(seat), DecisionFixtures.PASSWORD);
        browser.open(base() + "/scoring/vote.xhtml?vote=" + vote);
        browser.waitForText(By.id("credential-status"), told);
        if (!told.contains("получены")) {
            return;
        }
        var fingerprint = browser.text(By.id("key-fingerprint"));
        assertThat(fingerprint).matches("Отпечаток ключей этого голосования: [0-9a-f]{4}( [0-9a-f]{4}){4}\\. .*");
        assertThat(fingerprint).as("the same keys for every member").isEqualTo(
                fingerprints.computeIfAbsent(vote, first -> fingerprint));
        assertThat(fingerprints.entrySet()).as("each vote's keys its own")
                .filteredOn(seen -> !seen.getKey().equals(vote))
                .extracting(Map.Entry::getValue).doesNotContain(fingerprint);
    }

    /** For up to P: the member of the seat marks exactly the petitions given (by index) and casts. */
    private void approve(Scene scene, int seat, String vote, int... petitions) {
        openBallot(scene, seat, vote, "Ваши мандаты на это голосование получены");
        for (int index : petitions) {
            browser.find(By.id("approve-" + scene.petitions().get(index))).click();
        }
        browser.waitForText(By.id("counter"), "Выбрано " + petitions.length + " из");
        castAndExpectCounted(petitions.length);
    }

    private void castAndExpectCounted(int cast) {
        browser.click(By.id("castBallot"));
        browser.waitForText(By.id("ballot-status"), "Ваши бюллетени учтены");
        assertThat(browser.find(By.id("ballot-status")).getAttribute("data-outcome")).isEqualTo("counted");
        assertThat(browser.driver().findElements(By.cssSelector(".vote-state[data-state='cast']"))).hasSize(cast);
    }

    private List<String> resultRow(String vote, String number) {
        var row = browser.find(By.xpath("//section[@id='vote-" + vote + "']//table[contains(@class,'vote-result')]"
                + "//tr[td[1][normalize-space(.)='" + number + "']]"));
        return row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().strip()).toList();
    }

    @Test
    void r12_9_r12_14_forUpToPATieAtTheBoundaryGoesToARunOffWithCredentialsOfItsOwn() throws Exception {
        var scene = scene("APPROVAL", 3, 2);
        var vote = openVote(scene);

        openBallot(scene, 2, vote, "Ваши мандаты на это голосование получены");
        var own = browser.find(By.id("approve-" + scene.petitions().get(0)));
        assertThat(own.isEnabled()).as("no credential for the own organisation's petition").isFalse();
        browser.find(By.id("approve-" + scene.petitions().get(1))).click();
        browser.find(By.id("approve-" + scene.petitions().get(2))).click();
        castAndExpectCounted(2);

        approve(scene, 0, vote, 0, 1);
        approve(scene, 1, vote, 0, 2);
        openBallot(scene, 3, vote, "Ваши мандаты на это голосование получены");
        for (var petition : scene.petitions()) {
            browser.find(By.id("approve-" + petition)).click();
        }
        browser.waitForText(By.id("counter"), "Выбрано 3 из 2");
        browser.click(By.id("castBallot"));
        browser.waitForText(By.id("ballot-status"), "НЕ учтён. Голосуйте не более чем за 2");
        assertThat(browser.find(By.id("ballot-status")).getAttribute("data-outcome")).isEqualTo("refused");
        browser.find(By.id("approve-" + scene.petitions().get(2))).click();
        browser.waitForText(By.id("counter"), "Выбрано 2 из 2");
        castAndExpectCounted(2);
        approve(scene, 4, vote, 0, 2);

        close(scene, vote);
        assertThat(resultRow(vote, scene.numbers().get(0))).contains("4", "Избрано");
        assertThat(resultRow(vote, scene.numbers().get(1)).subList(2, 6)).containsExactly("3", "0", "0", "5");
        assertThat(resultRow(vote, scene.numbers().get(2)).subList(2, 6)).containsExactly("3", "0", "0", "5");
        assertThat(browser.text(By.cssSelector("#vote-" + vote + " .run-off"))).contains(scene.numbers().get(1),
                scene.numbers().get(2));
        browser.click(By.cssSelector("#vote-" + vote + " button[id$=':runOff']"));
        browser.waitForText(By.id("messages"), "Подготовлено повторное голосование");
        var runOff = browser.driver().findElements(By.cssSelector("section.vote")).stream()
                .map(section -> section.getAttribute("id").substring("vote-".length()))
                .filter(id -> !id.equals(vote)).findFirst().orElseThrow();
        browser.click(By.cssSelector("#vote-" + runOff + " button[id$=':open']"));
        browser.waitForText(By.id("messages"), "Голосование открыто");

        var votesFor = Map.of(0, 1, 1, 1, 2, 1, 3, 2, 4, 2);
        votesFor.forEach((seat, petition) -> {
            openBallot(scene, seat, runOff, "Ваши мандаты на это голосование получены");
            assertThat(browser.driver().findElements(By.cssSelector("#vote-form input.approve"))).hasSize(2);
            browser.find(By.id("approve-" + scene.petitions().get(petition))).click();
            castAndExpectCounted(1);
        });
        close(scene, runOff);
        assertThat(resultRow(runOff, scene.numbers().get(1))).contains("3", "Избрано");
        assertThat(resultRow(runOff, scene.numbers().get(2))).doesNotContain("Избрано");
    }

    @Test
    void forAgainstOrAbstainTheRecusedMembersBallotsLookLikeAnyonesAndEachFindsTheirsOnTheBoard() throws Exception {
        var scene = scene("FOR_AGAINST_ABSTAIN", 2, 1);
        var vote = openVote(scene);
        String a = scene.petitions().get(0);
        String b = scene.petitions().get(1);

        openBallot(scene, 2, vote, "Ваши мандаты на это голосование получены");
        assertThat(browser.driver().findElements(By.cssSelector("input[name='choice-" + a + "']")))
                .allSatisfy(radio -> assertThat(radio.isEnabled()).isFalse());
        browser.find(By.cssSelector("input[name='choice-" + b + "'][value='FOR']")).click();
        castAndExpectCounted(1);

        var choices = Map.of(0, List.of("FOR", "AGAINST"), 1, List.of("FOR", "ABSTAIN"), 3, List.of("AGAINST", ""),
                4, List.of("", "FOR"));
        for (var seat : List.of(0, 1, 3, 4)) {
            openBallot(scene, seat, vote, "Ваши мандаты на это голосование получены");
            int cast = 0;
            for (int i = 0; i < 2; i++) {
                var choice = choices.get(seat).get(i);
                if (!choice.isEmpty()) {
                    browser.find(By.cssSelector("input[name='choice-" + scene.petitions().get(i) + "'][value='"
                            + choice + "']")).click();
                    cast++;
                }
            }
            castAndExpectCounted(cast);
        }
        openBallot(scene, 3, vote, "В этом браузере есть ваши мандаты на это голосование");
        assertThat(browser.find(By.cssSelector("input[name='choice-" + a + "'][value='AGAINST']")).isSelected())
                .as("the browser shows what it cast").isTrue();
        browser.find(By.cssSelector("input[name='choice-" + a + "'][value='FOR']")).click();
        castAndExpectCounted(1);

        close(scene, vote);
        assertThat(resultRow(vote, scene.numbers().get(0)).subList(2, 8)).containsExactly("3", "0", "0", "4", "да",
                "Избрано");
        assertThat(resultRow(vote, scene.numbers().get(1)).subList(2, 6)).containsExactly("2", "1", "1", "5");

        openBallot(scene, 0, vote, "В этом браузере есть ваши мандаты на это голосование");
        browser.clickAndWaitForPage(By.id("vote-board-link"));
        assertThat(browser.driver().findElements(By.cssSelector("#board tr.board-row"))).hasSize(7);
        browser.waitForText(By.id("board-mine"), "нашёл на доске 2 из 2");
        assertThat(browser.driver().findElements(By.cssSelector("#board tr.board-row.is-mine"))).hasSize(2);
        assertThat(browser.text(By.id("vote-board"))).doesNotContain("Член совета", "Автор");
    }
}
