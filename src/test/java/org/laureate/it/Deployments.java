package org.laureate.it;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the test run: the WAR that {@code mvn package} built, on a test database of its own, with
 * every class of the integration tests and the libraries they use inside the server. The server boots once with it
 * ({@link SharedPayaraMicro}), so every test class declares this same archive.
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive suite() {
        TestDatabase.prepare();
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/laureate.war"))
                .addPackages(false, Filters.exclude(SharedPayaraMicro.class, SharedPayaraMicroExtension.class),
                        Deployments.class.getPackage())
                .addAsLibraries(jarOf(Assertions.class), jarOf(GreenMail.class), jarOf(org.slf4j.Logger.class),
                        jarOf(ObjectMapper.class), jarOf(JsonParser.class), jarOf(JsonProperty.class));
    }

    /** The jar a class was loaded from, to add it to a deployment. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a page of the test deployment answers ({@code /it/…}), as text; anything but a 200 fails the test. */
    static String fetch(String url) {
        try {
            var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The deployment's address, without a trailing slash, as a browser on this machine reaches it. */
    static String base(URL deployed) {
        return deployed.toString().replaceFirst("//[^:/]+", "//localhost").replaceAll("/$", "");
    }
}
