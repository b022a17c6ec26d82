package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * Accounts in the browser: the secretariat opens an account on a form without a password, the holder sets the first
 * one through the mailed link, which works once and which the secretariat may send again (R3.19); the secretariat mails
 * a one-time link, the holder opens it and sets a new password, the old one is refused (R3.7); a member enrols the
 * second factor at the first sign-in and a wrong code is refused (R3.10, R3.11); the member's account page lists the
 * security events (R3.13).
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
    private static GreenMail smtp;
    private String base;

    @BeforeAll
    static void startBrowserAndMail() {
        browser = new Browser();
        smtp = new GreenMail(new ServerSetup(Integer.parseInt(System.getenv("LAUREATE_MAIL_PORT")), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopBrowserAndMail() {
        browser.close();
        smtp.stop();
    }

    @BeforeEach
    void freshSession() {
        base = Deployments.base(deployed);
        browser.open(base + "/about.xhtml");
        browser.driver().manage().deleteAllCookies();
    }

    /**
     * The secretariat opens an account with one role (by its place in the list of roles) and an email address, on the
     * form that has no password (R3.19).
     */
    private String opened(int role, String email) {
        var username = "acc-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn(base, "admin", DemoData.PASSWORD);
        browser.open(base + "/security/accounts.xhtml");
        assertThat(browser.isPresent(By.cssSelector("#create input[type='password']"))).as("no password to type")
                .isFalse();
        browser.type(By.id("create:username"), username);
        browser.type(By.id("create:fullName"), "Ўладзімір Іваноў-Сёмін");
        browser.type(By.id("create:email"), email);
        browser.find(By.cssSelector("label[for='create:roles:" + role + "']")).click();
        select("create:country", "Республика Беларусь");
        browser.find(By.id("create:submit")).click();
        browser.waitForText(By.id("accounts:table"), username);
        assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains(username).contains(email);
        return username;
    }

    /** R3.19 The holder opens the link mailed to them and sets their first password there. */
    private void setsFirstPassword(String link, String username, String password) {
        browser.open(local(link));
        assertThat(browser.text(By.id("reset:for"))).contains(username).contains("Секретариат открыл");
        browser.type(By.id("reset:password"), password);
        browser.type(By.id("reset:repeated"), password);
        browser.clickAndWaitForPage(By.id("reset:submit"));
        assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains("Пароль задан");
    }

    /** The link as this machine's browser reaches the deployment. */
    private String local(String link) {
        return link.replaceFirst("^https?://[^/]+", base.replaceFirst("^(https?://[^/]+).*", "$1"));
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

    /** The link of the {@code nth} mail (from 1) to the recipient, waiting for it to arrive. */
    private static String mailedLink(String recipient, int nth) throws Exception {
        var deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            var links = new ArrayList<String>();
            for (var message : smtp.getReceivedMessages()) {
                var matcher = LINK.matcher(message.getContent().toString());
                if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(recipient) && matcher.find()) {
                    links.add(matcher.group(1));
                }
            }
            if (links.size() >= nth) {
                return links.get(nth - 1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No link number " + nth + " mailed to " + recipient + " within " + PATIENCE);
    }

    @Test
    void r3_19_theHolderSetsTheFirstPasswordThroughTheMailedLinkWhichTheSecretariatMaySendAgain() throws Exception {
        var email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var username = opened(2, email);
        var row = By.xpath("//tr[contains(., '" + username + "')]");
        assertThat(browser.text(row)).contains("ещё не задан");
        assertThat(browser.text(By.id("events"))).contains(username)
                .contains("Отправлена ссылка для выбора первого пароля");
        var first = mailedLink(email, 1);

        browser.click(By.xpath("//tr[contains(., '" + username + "')]//button[contains(@id, ':sendAgain')]"));
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText(By.cssSelector(".ui-messages-info"), "новая ссылка");
        var second = mailedLink(email, 2);
        assertThat(second).isNotEqualTo(first);
        signOut();

        browser.signIn(base, username, "a long first password");
        assertThat(browser.text(By.cssSelector(".ui-messages-error"))).as("refused as a wrong password is")
                .contains("Неверное имя пользователя или пароль");
        signOut();
        browser.open(local(first));
        assertThat(browser.isPresent(By.id("invalid"))).as("the link sent again voids the earlier one").isTrue();
        setsFirstPassword(second, username, "my own first password");
        browser.open(local(second));
        assertThat(browser.isPresent(By.id("invalid"))).as("the link works once").isTrue();

        browser.signIn(base, username, "my own first password");
        assertThat(browser.find(By.id("dashboard-ministry")).getText()).contains("Республика Беларусь");
        browser.clickAndWaitForPage(By.id("account"));
        assertThat(browser.text(By.id("events"))).contains("Первый пароль задан по ссылке")
                .contains("Отправлена ссылка для выбора первого пароля");
        signOut();

        browser.signIn(base, "admin", DemoData.PASSWORD);
        browser.open(base + "/security/accounts.xhtml");
        assertThat(browser.text(row)).contains("задан владельцем");
        assertThat(browser.isPresent(By.xpath("//tr[contains(., '" + username + "')]//button[contains(@id,"
                + " ':sendAgain')]"))).as("nothing to send again").isFalse();
    }

    @Test
    void r3_7_aMailedLinkSetsANewPasswordAndTheOldOneIsRefused() throws Exception {
        var email = "holder-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var username = opened(2, email);
        var opening = mailedLink(email, 1);
        signOut();
        setsFirstPassword(opening, username, PASSWORD);

        browser.signIn(base, "admin", DemoData.PASSWORD);
        browser.open(base + "/security/accounts.xhtml");
        select("reset:account", username + " ");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();",
                browser.find(By.id("reset:resetSubmit")));
        browser.find(By.cssSelector(".ui-confirmdialog-yes")).click();
        browser.waitForText(By.cssSelector(".ui-messages-info"), username);
        assertThat(browser.text(By.id("events"))).contains(username).contains("Отправлена ссылка");
        var link = mailedLink(email, 2);
        signOut();

        browser.open(local(link));
        assertThat(browser.text(By.id("reset:for"))).contains(username).contains("Новый пароль");
        browser.type(By.id("reset:password"), "qwertyuiop");
        browser.type(By.id("reset:repeated"), "qwertyuiop");
        browser.clickAndWaitForPage(By.id("reset:submit"));
        assertThat(browser.text(By.cssSelector(".ui-messages-error"))).contains("самых распространённых");
        browser.type(By.id("reset:password"), "my own new password");
        browser.type(By.id("reset:repeated"), "my own new password");
        browser.clickAndWaitForPage(By.id("reset:submit"));
        assertThat(browser.text(By.cssSelector(".ui-messages-info"))).contains("Новый пароль задан");

        browser.open(local(link));
        assertThat(browser.isPresent(By.id("invalid"))).as("the link works once").isTrue();

        browser.signIn(base, username, PASSWORD);
        assertThat(browser.text(By.cssSelector(".ui-messages-error"))).contains("Неверное имя пользователя");
        browser.signIn(base, username, "my own new password");
        assertThat(browser.find(By.id("dashboard-ministry")).isDisplayed()).isTrue();

        browser.clickAndWaitForPage(By.id("account"));
        assertThat(browser.text(By.id("events"))).contains("Пароль задан по ссылке")
                .contains("Отправлена ссылка для выбора нового пароля");
    }

    @Test
    void r3_10_aMemberEnrolsTheSecondFactorAndAWrongCodeIsRefused() throws Exception {
        var email = "member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var username = opened(3, email);
        signOut();
        setsFirstPassword(mailedLink(email, 1), username, PASSWORD);

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
