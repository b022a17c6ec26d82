package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.demo.DemoData;
import org.laureate.security.control.SecondFactor;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Accounts in the browser: the secretariat mails a one-time link, the holder opens it and sets a new password, the old
 * one is refused (R3.7); a member enrols the second factor at the first sign-in and a wrong code is refused (R3.10,
 * R3.11); the member's account page lists the security events (R3.13).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsUiIT {

    private static final String PASSWORD = "a long first password";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("(https?://\\S+/reset\\.xhtml\\?token=[A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    private static Browser browser;
    private String base;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void freshSession() {
        base = Deployments.base(deployed);
        browser.open(base + "/about.xhtml");
        browser.driver().manage().deleteAllCookies();
    }

    /** The secretariat opens an account with one role (by its place in the list of roles) and an email address. */
    private String opened(int role, String email) {
        var username = "acc-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn(base, "admin", DemoData.PASSWORD);
        browser.open(base + "/security/accounts.xhtml");
        browser.type(By.id("create:username"), username);
        browser.type(By.id("create:fullName"), "Ўладзімір Іваноў-Сёмін");
        browser.type(By.id("create:email"), email);
        browser.type(By.id("create:password"), PASSWORD);
        browser.find(By.cssSelector("label[for='create:roles:" + role + "']")).click();
        select("create:country", "Республика Беларусь");
        browser.find(By.id("create:submit")).click();
        browser.waitForText(By.id("accounts:table"), username);
        return username;
    }

    /**
     * Chooses the option that starts with {@code label} in the select element behind a PrimeFaces select menu, which is
     * what the form submits (the menu's overlay sometimes stays open over the buttons on this busy machine).
     */
    private static void select(String menuId, String label) {
        browser.find(By.id(menuId));
        ((JavascriptExecutor) browser.driver()).executeScript("var select = document.getElementById(arguments[0]);"
                + " for (var option of select.options) { if (option.text.startsWith(arguments[1])) {"
                + " select.value = option.value; } }", menuId + "_input", label);
    }

    private void signOut() {
        browser.open(base + "/about.xhtml");
        browser.driver().manage().deleteAllCookies();
    }

    private static String mailedLink(GreenMail smtp, String recipient) throws Exception {
        var deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            for (var message : smtp.getReceivedMessages()) {
                var matcher = LINK.matcher(message.getContent().toString());
                if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(recipient) && matcher.find()) {
                    return matcher.group(1);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No link mailed to " + recipient + " within " + PATIENCE);
    }

    @Test
    void r3_7_aMailedLinkSetsANewPasswordAndTheOldOneIsRefused() throws Exception {
        var smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("LAUREATE_MAIL_PORT")), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            var email = "holder-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            var username = opened(2, email);
            browser.open(base + "/security/accounts.xhtml");
            select("reset:account", username + " ");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
                    browser.find(By.id("reset:resetSubmit")));
            browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waitForText(By.cssSelector(".ui-messages-info"), username);
            assertThat(browser.text(By.id("events"))).contains(username).contains("Отправлена ссылка");
            var link = mailedLink(smtp, email);
            signOut();

            browser.open(link.replaceFirst("^https?://[^/]+", base.replaceFirst("^(https?://[^/]+).*", "$1")));
            assertThat(browser.text(By.id("reset:for"))).contains(username);
            browser.type(By.id("reset:password"), "qwertyuiop");
            browser.type(By.id("reset:repeated"), "qwertyuiop");
            browser.clickAndWaitForPage(By.id("reset:submit"));
            assertThat(browser.text(By.cssSelector(".ui-messages-error"))).contains("самых распространённых");
            browser.type(By.id("reset:password"), "my own new password");
            browser.type(By.id("reset:repeated"), "my own new password");
            browser.clickAndWaitForPage(By.id("reset:submit"));
            assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains("Новый пароль задан");

            browser.open(link.replaceFirst("^https?://[^/]+", base.replaceFirst("^(https?://[^/]+).*", "$1")));
            assertThat(browser.isPresent(By.id("invalid"))).as("the link works once").isTrue();

            browser.signIn(base, username, PASSWORD);
            assertThat(browser.text(By.cssSelector(".ui-messages-error"))).contains("Неверное имя пользователя");
            browser.signIn(base, username, "my own new password");
            assertThat(browser.find(By.id("dashboard-ministry")).isDisplayed()).isTrue();

            browser.clickAndWaitForPage(By.id("account"));
            assertThat(browser.text(By.id("events"))).contains("Пароль задан по ссылке")
                    .contains("Отправлена ссылка для выбора нового пароля");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void r3_10_aMemberEnrolsTheSecondFactorAndAWrongCodeIsRefused() {
        var username = opened(3, "member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
        signOut();

        browser.open(base + "/login.xhtml");
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), PASSWORD);
        browser.clickAndWaitForPage(By.id("login:submit"));
        assertThat(browser.find(By.id("second:qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(browser.text(By.id("uri"))).startsWith("otpauth://totp/");
        var secret = browser.text(By.id("secret")).strip();
        var factor = new SecondFactor();
        var now = SecondFactor.stepAt(Instant.now());

        browser.type(By.id("second:code"), factor.code(secret, now + 7));
        browser.clickAndWaitForPage(By.id("second:confirm"));
        assertThat(browser.text(By.cssSelector(".ui-messages-error"))).contains("Код неверен");
        assertThat(browser.isPresent(By.id("signed-in-as"))).as("not signed in").isFalse();
        browser.open(base + "/dashboard/expert.xhtml");
        assertThat(browser.isPresent(By.id("dashboard-expert"))).as("the pages stay closed").isFalse();
        assertThat(browser.isPresent(By.id("signed-in-as"))).isFalse();

        browser.open(base + "/login.xhtml");
        browser.type(By.id("second:code"), factor.code(secret, now));
        browser.clickAndWaitForPage(By.id("second:confirm"));
        assertThat(browser.find(By.id("dashboard-expert")).isDisplayed()).isTrue();
        browser.clickAndWaitForPage(By.id("account"));
        assertThat(browser.text(By.id("secondFactor"))).contains("подключён");
        assertThat(browser.text(By.id("events"))).contains("Второй фактор подключён");
    }

    @Test
    void r3_10_aDemoMemberSignsInWithTheDemoSecretAndAWrongCodeIsRefused() {
        browser.open(base + "/login.xhtml");
        browser.type(By.id("login:username"), "expert4");
        browser.type(By.id("login:password"), DemoData.PASSWORD);
        browser.clickAndWaitForPage(By.id("login:submit"));
        assertThat(browser.isPresent(By.id("secret"))).as("enrolled already").isFalse();

        browser.type(By.id("second:code"), "12345x");
        browser.clickAndWaitForPage(By.id("second:confirm"));
        assertThat(browser.text(By.cssSelector(".ui-messages-error"))).contains("Код неверен");

        browser.signIn(base, "expert4", DemoData.PASSWORD);
        assertThat(browser.find(By.id("dashboard-expert")).isDisplayed()).isTrue();
    }
}
