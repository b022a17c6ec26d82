package org.laureate.it;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * What every browser journey ({@code *UiIT}) shares: the suite's deployment, called from outside the server; one
 * headless Chromium per test class ({@link Browser}); a fresh session, nobody signed in, before each test; and, when a
 * test fails, a screenshot and the markup of the page it stopped on, in {@code target/failsafe-reports/ui}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

    /** The failed test's page, kept while its browser is still open. */
    @RegisterExtension
    static final TestWatcher EVIDENCE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            var name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                    + "-" + Integer.toHexString(context.getUniqueId().hashCode());
            try {
                var folder = Files.createDirectories(Path.of("target", "failsafe-reports", "ui"));
                browser.record(folder.resolve(name + ".png"), folder.resolve(name + ".html"));
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    };

    /** The browser of the running test class. */
    static Browser browser;

    @ArquillianResource
    URL deployed;

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
        browser = null;
    }

    @BeforeEach
    void freshSession() {
        browser.forgetSession(base());
    }

    /** The application's address as a browser on this machine reaches it, without a trailing slash. */
    String base() {
        return Deployments.base(deployed);
    }

    void signIn(String username, String password) {
        browser.signIn(base(), username, password);
    }
}
