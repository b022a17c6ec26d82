package org.laureate.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organisation's user editing the petition as the browser does, over HTTP, in a session of its own: the sign-in
 * form, the petition page, the buttons of its steps sent as the page's Ajax requests with its view state, and uploads
 * as its upload widget sends them.
 */
final class PetitionEditor {

    /** "Draft saved." in each language of the interface. */
    private static final List<String> SAVED = List.of("Черновик сохранён.", "Чарнавік захаваны.", "Draft saved.");
    private static final String PAGE = "/nomination/petition.xhtml";

    private final HttpClient client;
    private final String base;
    private String viewState;

    private PetitionEditor(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    /** Signs the organisation's user in on the server at {@code base} and opens their petition's page. */
    static PetitionEditor open(String base, String username, String password) throws IOException,
            InterruptedException {
        var editor = new PetitionEditor(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build(), base);
        var signedIn = SignInForm.signIn(editor.client, base, username, password);
        if (signedIn.statusCode() != 302 && signedIn.statusCode() != 303) {
            throw new IllegalStateException(username + " is not signed in: " + signedIn.statusCode());
        }
        var page = editor.get(PAGE).body();
        if (!page.contains("steps:reasons:text")) {
            throw new IllegalStateException(username + " has no petition to edit");
        }
        editor.viewState = SignInForm.viewState(page);
        return editor;
    }

    /** Saves the petition's reasons: true once the server has answered that the draft is saved. */
    boolean saveReasons(String text) throws IOException, InterruptedException {
        return saved(submit("reasons", "save", Map.of("text", URLEncoder.encode(text, StandardCharsets.UTF_8))));
    }

    /** Whether the answer says that the draft is saved. */
    static boolean saved(HttpResponse<String> response) {
        return response.statusCode() == 200 && SAVED.stream().anyMatch(response.body()::contains);
    }

    /**
     * Presses the button {@code button} of the step's form {@code form} ("reasons", "work", "nominees", "materials")
     * by the page's Ajax request, with the form's fields by their ids in the form, each value as it goes on the wire
     * (URL-encoded, or bytes that are not UTF-8 at all); answers the server's partial response.
     */
    HttpResponse<String> submit(String form, String button, Map<String, String> encodedFields) throws IOException,
            InterruptedException {
        return submit(form, button, encodedFields, viewState);
    }

    /** As {@link #submit(String, String, Map)}, with another view state, or none when it is null. */
    HttpResponse<String> submit(String form, String button, Map<String, String> encodedFields, String state)
            throws IOException, InterruptedException {
        var formId = "steps:" + form;
        var source = formId + ":" + button;
        var body = new StringBuilder();
        var fixed = new LinkedHashMap<String, String>();
        fixed.put("jakarta.faces.partial.ajax", "true");
        fixed.put("jakarta.faces.source", source);
        fixed.put("jakarta.faces.partial.execute", formId);
        fixed.put("jakarta.faces.partial.render", formId);
        fixed.put(source, source);
        fixed.put(formId, formId);
        if (state != null) {
            fixed.put("jakarta.faces.ViewState", state);
        }
        fixed.forEach((name, value) -> append(body, name, URLEncoder.encode(value, StandardCharsets.UTF_8)));
        encodedFields.forEach((name, value) -> append(body, formId + ":" + name, value));
        return post(body.toString());
    }

    /**
     * Uploads a file to the materials step as the page's upload widget does (a multipart Ajax request naming the
     * widget); answers the server's partial response.
     */
    HttpResponse<String> upload(String fileName, String contentType, byte[] content) throws IOException,
            InterruptedException {
        var widget = "steps:materials:upload";
        var boundary = "----laureate" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        var fields = new LinkedHashMap<String, String>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", widget);
        fields.put("jakarta.faces.partial.execute", widget);
        fields.put("jakarta.faces.partial.render", "steps:materials");
        fields.put("steps:materials", "steps:materials");
        fields.put(widget + "_totalFilesCount", "1");
        fields.put("jakarta.faces.ViewState", viewState);
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + widget + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(base + PAGE)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void append(StringBuilder body, String name, String encodedValue) {
        if (!body.isEmpty()) {
            body.append('&');
        }
        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=').append(encodedValue);
    }

    /** The view state of this session's petition page. */
    String viewState() {
        return viewState;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the page's Ajax request with this body. */
    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + PAGE)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
