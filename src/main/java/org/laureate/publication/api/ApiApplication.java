package org.laureate.publication.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The open data: JSON and CSV under {@code /api}, open to everyone, described by OpenAPI at {@code /openapi} (the
 * server's root).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Union State Prize in Literature and Arts: open data", version = "1.0",
        description = "The published laureates of every cycle, the cycles, the published lists of candidates."))
public class ApiApplication extends Application {
}
