package org.laureate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.laureate.security.control.SecondFactor;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the machine's packages, with a fresh profile that is removed afterwards.
 *
 * <p>Every action waits for what the page does, never for a fixed time: before and after each click, typing or choice
 * it waits until the page is {@linkplain #settle() settled} (loaded, PrimeFaces' Ajax queue empty, no jQuery request in
 * flight), so that an Ajax update never replaces a field being typed into, a message read belongs to the last request,
 * and two requests that change one record never race each other. PrimeFaces overlays (select menus, date pickers)
 * are acted on only once their opening transition has ended, and left only once they are closed again.
 */
final class Browser implements AutoCloseable {

    /** How long the page may take to do what a step waits for; a step that waits this long has failed. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** The page has loaded and no Ajax request is queued or in flight. */
    private static final String SETTLED = "return document.readyState === 'complete'"
            + " && (!window.jQuery || jQuery.active === 0)"
            + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());";

    /** A PrimeFaces overlay panel is open and its opening transition has ended (its handlers then run). */
    private static final String OPENED = "var panel = arguments[0];"
            + " return panel.offsetParent !== null && panel.classList.contains('ui-connected-overlay-enter-done');";

    /** A date picker binds its keyboard handlers a moment after the page is built; typed earlier, a date is lost. */
    private static final String DATE_PICKER_READY = "var events = window.jQuery"
            + " && jQuery._data(arguments[0], 'events'); return !!(events && events.input"
            + " && events.input.some(function (handler) { return handler.namespace === 'datePicker'; }));";

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
        wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class).ignoring(JavascriptException.class);
    }

    /**
     * Signs in afresh, without the cookies of any earlier session, through the login page under {@code base}; when the
     * page asks for a code of the second factor, types one computed from the secret it shows for enrolment, or else the
     * test deployment's {@linkplain SignInForm#freshCode fresh code} of the account. The one way in for every browser
     * test.
     */
    void signIn(String base, String username, String password) {
        signIn(base, username, password, () -> SignInForm.freshCode(base, username));
    }

    /**
     * Signs in afresh as above, where the code of the second factor, when the page asks for one, is {@code code}'s:
     * for a server without the test deployment, such as the released application on the demo accounts.
     */
    void signIn(String base, String username, String password, Supplier<String> code) {
        forgetSession(base);
        open(base + "/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        clickAndWaitForPage(By.id("login:submit"));
        var enrolment = isPresent(By.id("secret"))
                ? new SecondFactor().code(find(By.id("secret")).getText().strip(), SecondFactor.stepAt(Instant.now()))
                : null;
        for (int attempt = 0; attempt < 2 && isPresent(By.id("second:code")); attempt++) {
            type(By.id("second:code"),
                    attempt == 0 && enrolment != null ? enrolment : code.get());
            clickAndWaitForPage(By.id("second:confirm"));
        }
    }

    /** Ends the session as a visitor who closes the browser would: the application's cookies are deleted. */
    void forgetSession(String base) {
        open(base + "/about.xhtml");
        driver.manage().deleteAllCookies();
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens the page and waits until it has loaded and finished any Ajax request it starts by itself. */
    void open(String url) {
        driver.get(url);
        settle();
    }

    /** Waits until the page has loaded and no Ajax request is queued or in flight. */
    void settle() {
        wait.withMessage("the page to load and its Ajax requests to end")
                .until(page -> isTrue(SETTLED));
    }

    WebElement find(By by) {
        return wait.withMessage(() -> by + " to be visible")
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    boolean isPresent(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Clicks the element (a button, a link, a tab, a check box's label) and waits for the Ajax request it starts. */
    void click(By by) {
        settle();
        wait.withMessage(() -> by + " to be clickable")
                .until(ExpectedConditions.elementToBeClickable(by)).click();
        settle();
    }

    /** Clicks and waits until the page has been replaced by the next one and that one has loaded. */
    void clickAndWaitForPage(By by) {
        settle();
        var html = driver.findElement(By.tagName("html"));
        find(by).click();
        wait.withMessage(() -> "the page to be replaced after a click on " + by).until(page -> isGone(html));
        settle();
    }

    private boolean isTrue(String script, Object... arguments) {
        return Boolean.TRUE.equals(driver.executeScript(script, arguments));
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

    /** Replaces the field's text. */
    void type(By by, String text) {
        settle();
        var field = find(by);
        field.clear();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        settle();
    }

    /**
     * Types a date (and time) into the input of a PrimeFaces date picker, as {@code dd.MM.yyyy} or
     * {@code dd.MM.yyyy HH:mm}: once the picker listens, closes its overlay with Escape should one be open (so that it
     * neither covers nor takes the next click), leaves the field (where the picker rewrites the text from the date it
     * understood) and checks that the field still shows the date typed.
     */
    void typeDate(By input, String date) {
        settle();
        var field = find(input);
        wait.withMessage(() -> "the date picker " + input + " to listen to typing")
                .until(page -> isTrue(DATE_PICKER_READY, field));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(date);
        field.sendKeys(Keys.ESCAPE);
        var panel = By.id(field.getDomAttribute("id").replaceFirst("_input$", "_panel"));
        wait.withMessage(() -> "the overlay of " + input + " to close")
                .until(ExpectedConditions.invisibilityOfElementLocated(panel));
        driver.executeScript("arguments[0].blur();", field);
        wait.withMessage(() -> input + " to keep the date " + date + " once left")
                .until(page -> date.equals(field.getDomProperty("value")));
        settle();
    }

    /**
     * Picks the option with this label from a PrimeFaces select menu: opens the menu and waits until its panel has
     * finished opening (the panel then scrolls to the option chosen before, which would move the option under the
     * pointer), scrolls its list (the list only: scrolling the page closes the menu) to put the option in the middle,
     * clicks it, and waits until the panel is closed and the menu shows the choice.
     */
    void choose(String menuId, String label) {
        settle();
        var menu = find(By.id(menuId));
        var panel = driver.findElement(By.id(menuId + "_panel"));
        wait.withMessage(() -> "the panel of " + menuId + " to open")
                .until(page -> {
                    if (!panel.isDisplayed()) {
                        menu.click();
                    }
                    return isTrue(OPENED, panel);
                });
        var option = panel.findElement(By.cssSelector("li[data-label='" + label + "']"));
        driver.executeScript("var option = arguments[0], list = option.closest('.ui-selectonemenu-items-wrapper');"
                + " list.scrollTop += option.getBoundingClientRect().top - list.getBoundingClientRect().top"
                + " - list.clientHeight / 2;", option);
        option.click();
        var shown = By.id(menuId + "_label");
        wait.withMessage(() -> "the menu " + menuId + " to close showing " + label)
                .until(page -> !panel.isDisplayed() && label.equals(page.findElement(shown).getText()));
        settle();
    }

    /** Chooses a file in a file input; the caller waits for what the page shows once it is uploaded. */
    void upload(By fileInput, Path file) {
        settle();
        driver.findElement(fileInput).sendKeys(file.toString());
    }

    /** Waits until the element shows the text (after an Ajax update, say) and the page has settled. */
    void waitForText(By by, String text) {
        wait.withMessage(() -> by + " to show " + text)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        settle();
    }

    /** The element's text once the page has settled, read again if an Ajax update replaced the element meanwhile. */
    String text(By by) {
        settle();
        return wait.withMessage(() -> by + " to be present")
                .until(page -> page.findElement(by).getText());
    }

    /** The page as it is now, a screenshot and its markup, to be kept beside a failed test's report. */
    void record(Path png, Path html) throws IOException {
        Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
        Files.writeString(html, "<!-- " + driver.getCurrentUrl() + " -->\n"
                + Objects.requireNonNullElse(driver.getPageSource(), ""));
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
