package org.laureate.it;

import java.time.Duration;
import org.laureate.demo.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The secretariat's audit log page in the browser, signed in as the demo secretariat account. */
final class AuditLogPage implements AutoCloseable {

    private final Browser browser = new Browser();
    private final WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));

    AuditLogPage(String base) {
        browser.signIn(base, "admin", DemoData.PASSWORD);
        browser.open(base + "/audit/log.xhtml");
    }

    String title() {
        return browser.text(By.cssSelector("h1.page-title"));
    }

    /** Shows the entries of one subject identifier and returns the table's text once it shows them. */
    String entriesOf(String subjectId) {
        browser.type(By.id("filter:subjectId"), subjectId);
        var before = browser.find(By.id("log:table"));
        browser.find(By.id("filter:search")).click();
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("log:table"), subjectId));
        return browser.text(By.id("log:table"));
    }

    /** Verifies the chain and returns the message shown, of the given severity ({@code info} or {@code error}). */
    String verify(String severity) {
        var message = By.cssSelector(".ui-messages-" + severity);
        browser.find(By.id("log:verify")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(message)).getText();
    }

    @Override
    public void close() {
        browser.close();
    }
}
