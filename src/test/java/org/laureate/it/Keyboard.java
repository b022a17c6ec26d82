package org.laureate.it;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A visitor without a mouse: Tab moves the focus, Enter follows a link or presses a button. Checks along the way that
 * the focused control shows its focus (an outline or a ring on it, on its label, or on the widget drawn for it).
 */
final class Keyboard {

    private static final int MOST_TABS = 300;

    /** The focused element's description, or null when it shows no focus; {@code ''} when the body has it. */
    private static final String FOCUS = """
            var element = document.activeElement;
            if (!element || element === document.body) { return ''; }
            var shows = function (e) {
                if (!e) { return false; }
                var style = getComputedStyle(e);
                return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                    || (style.boxShadow && style.boxShadow !== 'none');
            };
            var label = element.id ? document.querySelector('label[for="' + CSS.escape(element.id) + '"]') : null;
            var widget = element.closest('.ui-chkbox, .ui-radiobutton, .ui-selectonemenu, .ui-inputswitch,'
                + ' .ui-selectbooleancheckbox, .ui-slider, .ui-spinner, .ui-rating');
            var drawn = widget ? (widget.classList.contains('ui-state-focus') ? widget
                : widget.querySelector('.ui-state-focus')) : null;
            var name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                + (element.className && typeof element.className === 'string' ? '.' + element.className.trim()
                    .split(/\\s+/).join('.') : '');
            return shows(element) || shows(label) || shows(drawn) ? name : 'NO FOCUS SHOWN: ' + name;
            """;

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final List<String> unseen = new ArrayList<>();

    Keyboard(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Presses Tab until the focus is on an element that matches the selector. */
    WebElement tabTo(String selector) {
        for (int tabs = 0; tabs < MOST_TABS; tabs++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            var matches = (Boolean) script("return document.activeElement.matches(arguments[0]);", selector);
            if (Boolean.TRUE.equals(matches)) {
                return driver.switchTo().activeElement();
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    /**
     * Presses Tab from the top of the page until the focus has gone through the container and left it; the controls
     * focused inside it, in order. Those that showed no focus are kept for {@link #withoutVisibleFocus()}.
     */
    List<String> tabThrough(String container) {
        unseen.clear();
        script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        var controls = new ArrayList<String>();
        for (int tabs = 0; tabs < MOST_TABS; tabs++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            var inside = (Boolean) script("return !!document.activeElement.closest(arguments[0]);", container);
            if (!Boolean.TRUE.equals(inside)) {
                if (controls.isEmpty()) {
                    continue;
                }
                return controls;
            }
            var focused = (String) script(FOCUS);
            if (focused.startsWith("NO FOCUS SHOWN: ")) {
                unseen.add(focused.substring("NO FOCUS SHOWN: ".length()));
            }
            controls.add(focused);
        }
        return controls;
    }

    /** The controls of the last {@link #tabThrough(String)} that showed no focus. */
    List<String> withoutVisibleFocus() {
        return List.copyOf(unseen);
    }

    /** Presses Enter on the focused element and waits until the next page has loaded. */
    void enterAndWait() {
        var html = driver.findElement(By.tagName("html"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        AxeWalk.waitUntilIdle(driver);
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }
}
