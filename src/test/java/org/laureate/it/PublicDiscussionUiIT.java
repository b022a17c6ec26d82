package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.laureate.demo.DemoData;
import org.openqa.selenium.By;

/** The public list of candidates opens without signing in; the moderation of comments is the secretariat's. */
class PublicDiscussionUiIT extends BrowserTest {

    private static final String PUBLIC_PAGE = "/publication/candidates.xhtml";
    private static final String MODERATION = "/publication/admin/comments.xhtml";

    /** Either the empty state or at least one published list: the demo data publishes none, other tests may. */
    private void assertListsOrEmptyState() {
        assertThat(browser.isPresent(By.id("candidates-empty"))
                || browser.isPresent(By.cssSelector("section.candidate-list"))).isTrue();
    }

    @Test
    void theCandidatesAreReadWithoutSigningInInRussianAndEnglish() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + PUBLIC_PAGE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Соискатели премии");

        browser.open(base() + "/");
        browser.clickAndWaitForPage(By.id("public-candidates"));
        assertThat(browser.driver().getCurrentUrl()).contains(PUBLIC_PAGE);
        assertThat(browser.text(By.cssSelector("h1.page-title"))).isEqualTo("Соискатели премии");
        assertThat(browser.isPresent(By.id("signed-in-as"))).isFalse();
        assertListsOrEmptyState();

        browser.clickAndWaitForPage(By.cssSelector("a[data-lang='en']"));
        assertThat(browser.driver().getCurrentUrl()).contains(PUBLIC_PAGE);
        assertThat(browser.text(By.cssSelector("h1.page-title"))).isEqualTo("Candidates for the prize");
        assertListsOrEmptyState();
    }

    @Test
    void theModerationAsksAVisitorToSignInAndIsRefusedToAnExpert() {
        browser.open(base() + MODERATION);
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
        assertThat(browser.isPresent(By.id("moderation:pending"))).isFalse();

        signIn("expert", DemoData.PASSWORD);
        browser.open(base() + MODERATION);
        assertThat(browser.isPresent(By.id("error-notFound"))).isTrue();
        assertThat(browser.isPresent(By.id("moderation:pending"))).isFalse();
    }

    @Test
    void theSecretariatOpensTheModerationFromItsDashboard() {
        signIn("admin", DemoData.PASSWORD);
        browser.open(base() + "/dashboard/admin.xhtml");

        browser.clickAndWaitForPage(By.id("moderation"));

        assertThat(browser.driver().getCurrentUrl()).contains(MODERATION);
        assertThat(browser.find(By.id("moderation:pending")).isDisplayed()).isTrue();
    }
}
