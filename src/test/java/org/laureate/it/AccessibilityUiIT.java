package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.laureate.demo.DemoData;
import org.laureate.security.control.SecondFactor;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * WCAG 2.1 AA: axe-core's rules on every page that each role reaches, in Russian for every role and in Belarusian and
 * English by the first role that reaches it (the markup of a page differs by role, its words by language). No page may
 * have a serious or critical violation; the figure of the whole walk is printed and written to
 * {@code target/axe-report.txt}, the time each page took to {@code target/axe-times.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityUiIT {

    private static final List<String> LANGUAGES = List.of("ru", "be", "en");
    private static final String ANONYMOUS = "anonymous";
    private static final int PAGES_PER_ROLE = 60;

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    private static Browser browser;
    private static AxeWalk walk;
    private static final Set<String> PAGES = new TreeSet<>();
    private static final Set<String> ROLES = new TreeSet<>();
    private static final List<String> WALKED = new ArrayList<>();
    /** Pages analysed in Belarusian and English: each once, by the first role that reaches it. */
    private static final Set<String> ANALYSED = new HashSet<>();

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
        walk = new AxeWalk(browser.driver());
    }

    @AfterAll
    static void report() throws IOException {
        try {
            var summary = walk.summary(PAGES.size(), LANGUAGES.size(), ROLES.size());
            System.out.println(summary);
            Files.write(Path.of("target", "axe-times.txt"), walk.times());
            Files.writeString(Path.of("target", "axe-report.txt"), summary + "\n\n" + String.join("\n", WALKED)
                    + "\n\n"
                    + walk.findings().stream().map(finding -> finding + "\n    " + finding.detail())
                            .collect(Collectors.joining("\n")) + "\n");
        } finally {
            browser.close();
        }
    }

    /**
     * A member who uses no mouse signs in, reaches the score sheet of the open round and every control on it, and
     * opens a ballot: Tab to move, Enter to follow; each control shows where the focus is.
     */
    @Test
    void aMemberReachesTheScoreSheetAndItsControlsWithTheKeyboardOnly() {
        var base = Deployments.base(deployed);
        // a member of a council of the test's own with an open round, whatever other tests have done to the demo's
        var member = Deployments.fetch(base + "/it/scoring-cycle?round=open").split("\n")[1];
        browser.open(base + "/login.xhtml");
        browser.driver().manage().deleteAllCookies();
        browser.open(base + "/login.xhtml");
        var keys = new Keyboard(browser.driver());

        keys.tabTo("#login\\:username").sendKeys(member);
        keys.tabTo("#login\\:password").sendKeys(ScoringFixtures.PASSWORD);
        keys.tabTo("#login\\:submit");
        keys.enterAndWait();
        // the first sign-in enrols the second factor: the code is computed from the secret the page shows
        var code = new SecondFactor().code(browser.find(By.id("secret")).getText().strip(),
                SecondFactor.stepAt(Instant.now()));
        keys.tabTo("#second\\:code").sendKeys(code);
        keys.tabTo("#second\\:confirm");
        keys.enterAndWait();
        keys.tabTo("a[href*='/scoring/rounds.xhtml']");
        keys.enterAndWait();
        keys.tabTo("a.sheet-link");
        keys.enterAndWait();
        assertThat(browser.driver().getCurrentUrl()).contains("/scoring/sheet.xhtml");
        assertThat(browser.isPresent(By.id("no-secret"))).as("the ballots are open to the member").isFalse();

        var controls = keys.tabThrough("#sheet");
        assertThat(controls).as("the score links").anyMatch(control -> control.contains("score-link"));
        if (!browser.driver().findElements(By.cssSelector("#sheet [id$='declare']")).isEmpty()) {
            // a round still open offers declarations of interest: each is reached too
            assertThat(controls).as("the declarations of interest").anyMatch(control -> control.contains("declare"));
        }
        assertThat(keys.withoutVisibleFocus()).as("controls that show no focus").isEmpty();

        keys.tabTo("#sheet a.score-link");
        keys.enterAndWait();
        assertThat(browser.driver().getCurrentUrl()).contains("/scoring/ballot.xhtml");
        assertThat(keys.tabThrough("#content")).as("the ballot's controls").isNotEmpty();
        assertThat(keys.withoutVisibleFocus()).as("controls that show no focus").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ANONYMOUS, "org-by", "ministry-by", "admin", "expert", "chair-by", "council"})
    void everyPageOfTheRoleHasNoSeriousOrCriticalViolationInAnyLanguage(String role) {
        var base = Deployments.base(deployed);
        List<String> starts;
        if (ANONYMOUS.equals(role)) {
            browser.open(base + "/about.xhtml");
            browser.driver().manage().deleteAllCookies();
            starts = List.of(base + "/index.xhtml", base + "/login.xhtml", base + "/register.xhtml",
                    base + "/about.xhtml", base + "/publication/archive.xhtml", base + "/no-such-page.xhtml");
        } else {
            browser.signIn(base, role, DemoData.PASSWORD);
            starts = "admin".equals(role)
                    ? List.of(base + "/index.xhtml", base + "/decision/decisions.xhtml?cycle=2",
                            base + "/audit/custody.xhtml", base + "/scoring/council/board.xhtml?round=1")
                    : List.of(base + "/index.xhtml");
        }
        ROLES.add(role);
        var before = walk.blocking().size();
        var pages = walk.crawl(base, starts, PAGES_PER_ROLE, LANGUAGES.get(0), role);
        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            browser.driver().manage().addCookie(new Cookie("laureate-lang", language, "/"));
            for (String page : pages) {
                if (ANALYSED.add(language + " " + page)) {
                    walk.analyse(page, base, language, role);
                }
            }
        }
        pages.forEach(page -> PAGES.add(page.substring(base.length()).replaceFirst("\\?.*", "")));
        WALKED.add(role + " (" + pages.size() + "): " + pages.stream().map(page -> page.substring(base.length()))
                .collect(Collectors.joining(" ")));
        browser.driver().manage().deleteCookieNamed("laureate-lang");

        var blocking = walk.blocking();
        assertThat(blocking.subList(before, blocking.size()))
                .as("serious or critical violations on the pages of %s (%d pages)", role, pages.size())
                .isEmpty();
    }
}
