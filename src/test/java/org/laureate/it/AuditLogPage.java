package org.laureate.it;

import org.laureate.demo.DemoData;
import org.openqa.selenium.By;

/** The secretariat's audit log page in the browser, signed in as the demo secretariat account. */
final class AuditLogPage implements AutoCloseable {

    private final Browser browser = new Browser();

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
        browser.click(By.id("filter:search"));
        browser.waitForText(By.id("log:table"), subjectId);
        return browser.text(By.id("log:table"));
    }

    /** Verifies the chain and returns the message shown, of the given severity ({@code info} or {@code error}). */
    String verify(String severity) {
        browser.click(By.id("log:verify"));
        return browser.text(By.cssSelector(".ui-messages-" + severity));
    }

    @Override
    public void close() {
        browser.close();
    }
}
