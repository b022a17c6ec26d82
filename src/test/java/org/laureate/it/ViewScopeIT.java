package org.laureate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laureate.demo.DemoData;

/**
 * What a session keeps of the views it has shown: the session is written to the data grid after every request, so
 * whatever it keeps of a view is written and read again by every later request of the session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ViewScopeIT {

    /** Mojarra's default number of active views a session keeps ({@code com.sun.faces.numberOfActiveViewMaps}). */
    private static final int ACTIVE_VIEWS = 25;

    @Deployment
    static WebArchive deployment() {
        return Deployments.suite();
    }

    @ArquillianResource
    URL deployed;

    @Test
    void aSessionKeepsTheViewScopeContextsOfItsActiveViewsOnlyHoweverManyPagesItOpens() throws Exception {
        var base = Deployments.base(deployed);
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(SignInForm.signIn(client, base, "admin", DemoData.PASSWORD).statusCode()).isEqualTo(302);
        for (int view = 0; view < 2 * ACTIVE_VIEWS; view++) {
            var page = client.send(HttpRequest.newBuilder(URI.create(base + "/security/accounts.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).isEqualTo(200);
        }
        var kept = client.send(HttpRequest.newBuilder(URI.create(base + "/it/view-contexts")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body().split(" ");
        int contexts = Integer.parseInt(kept[0]);
        int views = Integer.parseInt(kept[1]);
        assertThat(views).as("active views").isEqualTo(ACTIVE_VIEWS);
        assertThat(contexts).as("view-scope contexts").isPositive().isLessThanOrEqualTo(views);
    }
}
