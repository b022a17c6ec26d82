package org.laureate.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.laureate.platform.Config;
import org.omnifaces.util.Faces;

/** The application's address for the links in mails: the setting {@link Config#BASE_URL}, or the request's. */
@ApplicationScoped
public class BaseUrl {

    @Inject
    @ConfigProperty(name = Config.BASE_URL)
    Optional<String> configured;

    /** The address without a trailing slash, e.g. {@code https://laureate.example}. */
    public String get() {
        return configured.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElseGet(() -> Faces.getRequestDomainURL() + Faces.getRequestContextPath());
    }
}
