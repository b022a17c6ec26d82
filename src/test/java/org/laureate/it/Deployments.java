package org.laureate.it;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that {@code mvn package} built, deployed whole, on a test database of its own. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive application() {
        TestDatabase.prepare();
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/laureate.war"));
    }

    /** The application with the test classes and AssertJ, for tests that run inside the server. */
    static WebArchive inContainer(Class<?>... testClasses) {
        return application().addClasses(testClasses).addAsLibrary(jarOf(Assertions.class));
    }

    /** The jar a class was loaded from, to add it to a deployment. */
    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The deployment's address, without a trailing slash, as a browser on this machine reaches it. */
    static String base(URL deployed) {
        return deployed.toString().replaceFirst("//[^:/]+", "//localhost").replaceAll("/$", "");
    }
}
