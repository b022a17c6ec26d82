package org.laureate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.laureate.demo.DemoData;
import org.laureate.security.control.SecondFactor;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium from the machine's packages, with a fresh profile that is removed afterwards. */
final class Browser implements AutoCloseable {

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> USED_STEPS = new ConcurrentHashMap<>();

    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser() {
        try {
            profile = Files.createTempDirectory("laureate-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        var options = new ChromeOptions()
                .setBinary(System.getProperty("chromium", "/usr/bin/chromium"))
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                        "--user-data-dir=" + profile);
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /**
     * Signs in afresh, without the cookies of any earlier session, through the login page under {@code base}; when the
     * page asks for a code of the second factor, types one computed from the secret it shows for enrolment, the one
     * enrolled earlier in this run, or the demo secret.
     */
    void signIn(String base, String username, String password) {
        open(base + "/login.xhtml");
        driver.manage().deleteAllCookies();
        open(base + "/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        clickAndWaitForPage(By.id("login:submit"));
        if (isPresent(By.id("secret"))) {
            SECRETS.put(username, find(By.id("secret")).getText().strip());
        }
        for (int attempt = 0; attempt < 4 && isPresent(By.id("second:code")); attempt++) {
            type(By.id("second:code"), nextCode(username));
            clickAndWaitForPage(By.id("second:confirm"));
        }
    }

    /**
     * A code of a time step this run has not used for the account yet (a code is accepted once, within a step either
     * side of the present one), waiting for the next step when all three have been used.
     */
    static String nextCode(String username) {
        var secret = SECRETS.getOrDefault(username, DemoData.TOTP_SECRET);
        var now = SecondFactor.stepAt(Instant.now());
        var step = Math.max(now - 1, USED_STEPS.getOrDefault(username, Long.MIN_VALUE) + 1);
        if (step > now + 1) {
            try {
                Thread.sleep(Duration.ofSeconds((step - 1) * SecondFactor.PERIOD - Instant.now().getEpochSecond())
                        .plusMillis(200).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        USED_STEPS.put(username, step);
        return new SecondFactor().code(secret, step);
    }

    /**
     * Picks the option with this label from a PrimeFaces select menu, scrolled to the middle of its list first (the
     * list only: scrolling the page would close the menu).
     */
    void choose(String menuId, String label) {
        find(By.id(menuId)).click();
        var option = find(By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label + "']"));
        driver.executeScript("var list = arguments[0].closest('.ui-selectonemenu-items-wrapper');"
                + " list.scrollTop = arguments[0].offsetTop - list.clientHeight / 2;", option);
        option.click();
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Replaces the field's text, also in inputs whose scripts keep their own value (date pickers). */
    void type(By by, String text) {
        var field = find(by);
        field.clear();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Clicks and waits until the page has been replaced by the next one. */
    void clickAndWaitForPage(By by) {
        var html = driver.findElement(By.tagName("html"));
        find(by).click();
        wait.until(driver -> isGone(html));
    }

    /** Chromium reports an element of a replaced page as stale, or as a node that no longer belongs to the document. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits until the element shows the text (after an Ajax update, say). */
    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** The element's text, read again if an Ajax update replaced the element meanwhile. */
    String text(By by) {
        return wait.ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(by).getText());
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
