package org.laureate.it;

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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An organisation's user editing the petition as the browser does, over HTTP: the sign-in form, the petition page,
 * and the reasons step's "save" sent as the page's Ajax request with its view state, in a session of its own.
 */
final class PetitionEditor {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
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
        var signIn = new LinkedHashMap<String, String>();
        signIn.put("login", "login");
        signIn.put("login:submit", "");
        signIn.put("login:username", username);
        signIn.put("login:password", password);
        signIn.put("jakarta.faces.ViewState", viewState(editor.get("/login.xhtml").body()));
        var signedIn = editor.post("/login.xhtml", signIn, false);
        if (signedIn.statusCode() != 302 && signedIn.statusCode() != 303) {
            throw new IllegalStateException(username + " is not signed in: " + signedIn.statusCode());
        }
        var page = editor.get(PAGE).body();
        if (!page.contains("steps:reasons:text")) {
            throw new IllegalStateException(username + " has no petition to edit");
        }
        editor.viewState = viewState(page);
        return editor;
    }

    /** Saves the petition's reasons: true once the server has answered that the draft is saved. */
    boolean saveReasons(String text) throws IOException, InterruptedException {
        var save = new LinkedHashMap<String, String>();
        save.put("jakarta.faces.partial.ajax", "true");
        save.put("jakarta.faces.source", "steps:reasons:save");
        save.put("jakarta.faces.partial.execute", "steps:reasons");
        save.put("jakarta.faces.partial.render", "steps:reasons");
        save.put("steps:reasons:save", "steps:reasons:save");
        save.put("steps:reasons", "steps:reasons");
        save.put("steps:reasons:text", text);
        save.put("jakarta.faces.ViewState", viewState);
        var response = post(PAGE, save, true);
        return response.statusCode() == 200 && SAVED.stream().anyMatch(response.body()::contains);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, boolean ajax) throws IOException,
            InterruptedException {
        var body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String page) {
        var found = VIEW_STATE.matcher(page);
        if (!found.find()) {
            throw new IllegalStateException("The page has no view state");
        }
        return found.group(1);
    }
}
