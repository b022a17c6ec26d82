package org.laureate.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi30;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An OpenAPI 3.0 document, read on the test's side, that checks a JSON answer against the schema it describes for a
 * GET (OpenAPI 3.0's dialect of JSON Schema: {@code nullable} and the rest).
 */
final class OpenApiDescription {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance())
                    .defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));

    private final JsonNode document;

    OpenApiDescription(JsonNode document) {
        this.document = document;
    }

    /** The messages of every way the answer departs from the schema of {@code path}'s GET 200 JSON answer. */
    List<String> violations(String path, JsonNode answer) {
        var described = document.path("paths").path(path).at("/get/responses/200/content/application~1json/schema");
        if (!described.isObject()) {
            throw new AssertionError("no JSON schema described for GET " + path);
        }
        var mapper = new ObjectMapper();
        var root = mapper.createObjectNode();
        root.set("allOf", mapper.createArrayNode().add(described));
        root.set("components", document.get("components"));
        JsonSchema schema = FACTORY.getSchema(root);
        return schema.validate(answer).stream().map(Object::toString).collect(Collectors.toList());
    }
}
