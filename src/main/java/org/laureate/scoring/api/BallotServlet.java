package org.laureate.scoring.api;

import static org.laureate.platform.web.BallotAnswers.decode;

import jakarta.ejb.EJB;
import jakarta.json.JsonException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.laureate.platform.web.BallotAnswers;
import org.laureate.platform.web.BallotAnswers.Answer;
import org.laureate.scoring.boundary.BallotBox;
import org.laureate.scoring.entity.Criterion;

/**
 * R9.2 The scoring rounds' ballots over HTTP, for the member's browser: {@code POST /api/scoring/ballots} casts a
 * ballot with its credential, {@code POST /api/scoring/ballots/withdrawal} withdraws it. Neither needs a session: the
 * browser sends them without cookies, and nothing here creates a session. The body is the JSON of a
 * {@link CastRequest} (at most {@value #MAX_BODY} bytes); every answer says in {@code counted} (or
 * {@code withdrawn}) or {@code error} whether the request did what it asked, and is never kept by a cache.
 *
 * <p>A plain servlet rather than a JAX-RS resource: it is the one request sent thousands of times a minute before a
 * deadline, and Jersey's processing of it took a sixth of the server's processor time per cast (README, "Figures,
 * 6 December 2026, later"). The credentials are issued by {@link CredentialResource}.
 */
@WebServlet(urlPatterns = {BallotServlet.CAST, BallotServlet.WITHDRAW})
public class BallotServlet extends HttpServlet {

    static final String CAST = "/api/scoring/ballots";
    static final String WITHDRAW = "/api/scoring/ballots/withdrawal";
    /** A ballot is a few hundred bytes; a longer body is refused once this much of it is read. */
    static final int MAX_BODY = 16 * 1024;
    private static final long serialVersionUID = 1L;

    /** The box itself, not its CDI proxy: through the proxy, each call also cost the making of an exception. */
    @EJB
    transient BallotBox box;

    private transient Jsonb json;

    /** A ballot as the browser sends it: scores by criterion, the credential's token and signature in base64url. */
    public static class CastRequest {
        public long round;
        public long petition;
        public Map<String, Integer> scores;
        public String token;
        public String signature;
    }

    @Override
    public void init() {
        json = JsonbBuilder.create();
    }

    @Override
    public void destroy() {
        try {
            json.close();
        } catch (Exception e) {
            log("The JSON binding did not close", e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var answer = answer(request);
        response.setStatus(answer.status());
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        // written whole with its length: one write at the request's end, not a flush of its own and a chunked one
        var body = json.toJson(answer.body()).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private Answer answer(HttpServletRequest request) throws IOException {
        if (!isJson(request.getContentType())) {
            return Answer.refused(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, BallotAnswers.MALFORMED);
        }
        var body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return Answer.refused(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, BallotAnswers.MALFORMED);
        }
        var ballot = parse(body);
        if (ballot == null) {
            return Answer.refused(HttpServletResponse.SC_BAD_REQUEST, BallotAnswers.MALFORMED);
        }
        return BallotAnswers.of(() -> WITHDRAW.equals(request.getServletPath()) ? withdraw(ballot) : cast(ballot));
    }

    /** The ballot the body holds, or {@code null} when it is not one. */
    private CastRequest parse(byte[] body) {
        try {
            return json.fromJson(new String(body, StandardCharsets.UTF_8), CastRequest.class);
        } catch (JsonbException | JsonException notABallot) {
            return null;
        }
    }

    private Map<String, Object> withdraw(CastRequest ballot) {
        return Map.of("withdrawn", box.withdraw(ballot.round, ballot.petition, decode(ballot.token),
                decode(ballot.signature)));
    }

    private Map<String, Object> cast(CastRequest ballot) {
        var receipt = box.cast(ballot.round, ballot.petition, scores(ballot), decode(ballot.token),
                decode(ballot.signature));
        return Map.of("counted", true, "receipt", receipt.receipt(), "revised", receipt.revised());
    }

    /** {@code application/json}, with or without parameters (a charset). */
    static boolean isJson(String contentType) {
        return contentType != null
                && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals("application/json");
    }

    private static Map<Criterion, Integer> scores(CastRequest ballot) {
        var scores = new EnumMap<Criterion, Integer>(Criterion.class);
        if (ballot.scores != null) {
            ballot.scores.forEach((criterion, score) -> scores.put(Criterion.valueOf(criterion), score));
        }
        return scores;
    }
}
