package org.laureate.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The sign-in form as a browser sends it, over plain HTTP, for tests of what the server answers a session where no
 * browser is needed (headers, refusals, who may open what); and the view state every Faces form carries.
 */
final class SignInForm {

    /** The view state a Faces page carries. */
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private SignInForm() {
    }

    /** The view state of a Faces page, as it goes back to the server before URL-encoding. */
    static String viewState(String page) {
        var found = VIEW_STATE.matcher(page);
        if (!found.find()) {
            throw new IllegalStateException("The page has no view state");
        }
        return found.group(1);
    }

    /**
     * Signs {@code username} in with the session of {@code client} (which keeps cookies and follows no redirect):
     * opens the sign-in page, sends the form and, when the page asks for the second factor's code, the test
     * deployment's {@linkplain #freshCode fresh code}. Each form goes with the given header names and values.
     * Answers the server's last answer: a redirect to the dashboard once signed in.
     */
    static HttpResponse<String> signIn(HttpClient client, String base, String username, String password,
            String... headers) throws IOException, InterruptedException {
        var page = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        var answer = post(client, base, headers, "login", "login", "login:username", username, "login:password",
                password, "login:submit", "", "jakarta.faces.ViewState", viewState(page.body()));
        if (answer.statusCode() == 200 && answer.body().contains("second:code")) {
            answer = post(client, base, headers, "second", "second", "second:code",
                    freshCode(base, username), "second:confirm", "", "jakarta.faces.ViewState",
                    viewState(answer.body()));
        }
        return answer;
    }

    /**
     * The code of the second factor to sign in as {@code username} with now, from the test deployment
     * ({@link SecondFactorCodeServlet}), which lets the account use the present time step's code again: a test signs in
     * as often as it needs without waiting for the next step. Tests of the second factor itself type real codes.
     */
    static String freshCode(String base, String username) {
        return Deployments.fetch(base + "/it/second-factor-code?username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8));
    }

    /** A form's body: the names and values, in turn, URL-encoded. */
    private static String form(String... namesAndValues) {
        return IntStream.range(0, namesAndValues.length / 2)
                .mapToObj(i -> URLEncoder.encode(namesAndValues[2 * i], StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(namesAndValues[2 * i + 1], StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> post(HttpClient client, String base, String[] headers,
            String... namesAndValues) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).timeout(PATIENCE)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(namesAndValues)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
