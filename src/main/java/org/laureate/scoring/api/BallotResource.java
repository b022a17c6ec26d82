package org.laureate.scoring.api;

import static org.laureate.platform.web.BallotAnswers.answer;
import static org.laureate.platform.web.BallotAnswers.decode;
import static org.laureate.platform.web.BallotAnswers.decoded;
import static org.laureate.platform.web.BallotAnswers.encoded;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.boundary.BallotBox;
import org.laureate.scoring.boundary.CredentialService;
import org.laureate.scoring.entity.Criterion;

/**
 * The secret ballot of the scoring rounds over HTTP, for the member's browser. {@code POST scoring/ballots} casts a
 * ballot with its credential: it needs no session, the browser sends it without cookies, and nothing here creates a
 * session. {@code POST scoring/rounds/{round}/credentials} signs the member's blinded tokens: it needs the member's
 * session (the page's own origin: a JSON body, which a foreign page cannot send without the browser asking first).
 * Every answer says in {@code counted} or {@code error} whether the request did what it asked. The final vote's
 * ballots go to {@code scoring/votes/…} (see {@code org.laureate.vote.api}). One instance answers every request: it
 * keeps nothing of one (made at each request, it cost a tenth of a cast's time).
 */
@Path("scoring")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BallotResource {

    /** The box itself, not its CDI proxy: through the proxy, each call also cost the making of an exception. */
    @EJB
    BallotBox box;

    @Inject
    CredentialService credentials;

    /** A ballot as the browser sends it: scores by criterion, the credential's token and signature in base64url. */
    public static class CastRequest {
        public long round;
        public long petition;
        public Map<String, Integer> scores;
        public String token;
        public String signature;
    }

    /** The blinded tokens by petition, in base64url. */
    public static class IssueRequest {
        public Map<Long, String> blinded;
    }

    @POST
    @Path("ballots")
    @Operation(hidden = true)
    public Response cast(CastRequest request) {
        return answer(() -> {
            var receipt = box.cast(request.round, request.petition, scores(request), decode(request.token),
                    decode(request.signature));
            return Map.of("counted", true, "receipt", receipt.receipt(), "revised", receipt.revised());
        });
    }

    @POST
    @Path("ballots/withdrawal")
    @Operation(hidden = true)
    public Response withdraw(CastRequest request) {
        return answer(() -> Map.of("withdrawn", box.withdraw(request.round, request.petition,
                decode(request.token), decode(request.signature))));
    }

    @POST
    @Path("rounds/{round}/credentials")
    @Operation(hidden = true)
    public Response issue(@PathParam("round") long round, IssueRequest request) {
        return answer(() -> {
            if (request == null || request.blinded == null) {
                throw new BusinessException("credential.error.petitions");
            }
            return Map.of("signatures", encoded(credentials.issue(round, decoded(request.blinded))));
        });
    }

    private static Map<Criterion, Integer> scores(CastRequest request) {
        var scores = new EnumMap<Criterion, Integer>(Criterion.class);
        if (request.scores != null) {
            request.scores.forEach((criterion, score) -> scores.put(Criterion.valueOf(criterion), score));
        }
        return scores;
    }
}
