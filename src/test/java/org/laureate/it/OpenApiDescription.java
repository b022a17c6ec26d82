package org.laureate.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.List;

/**
 * An OpenAPI 3.0 document, read on the test's side, that checks a JSON answer against the schema it describes for a
 * GET (OpenAPI 3.0's dialect of JSON Schema: {@code nullable} and the rest). The validator reads JSON of its own
 * (Jackson 3), so the schema and the answer are handed to it as text.
 */
final class OpenApiDescription {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDialect(Dialects.getOpenApi30());

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
        var schema = SCHEMAS.getSchema(root.toString(), InputFormat.JSON);
        return schema.validate(answer.toString(), InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
