package org.laureate.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.jar.Manifest;

/** The About page: the version of the running application, read from the WAR's manifest. */
@Named
@ApplicationScoped
public class AboutBacking {

    @Inject
    ServletContext servletContext;

    private String version;

    public String getVersion() {
        if (version == null) {
            try (var in = servletContext.getResourceAsStream("/META-INF/MANIFEST.MF")) {
                var value = in == null ? null : new Manifest(in).getMainAttributes().getValue("Implementation-Version");
                version = value == null ? "?" : value;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return version;
    }

    public String getJavaVersion() {
        return Runtime.version().toString();
    }
}
