package org.laureate.scoring.api;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.boundary.BallotBox;
import org.laureate.scoring.boundary.CredentialService;
import org.laureate.scoring.entity.Criterion;

/**
 * The scoring rounds' secret ballot over HTTP, for the member's browser. {@code POST scoring/ballots} casts a ballot
 * with its credential: it needs no session, the browser sends it without cookies, and nothing here creates a session.
 * {@code POST scoring/rounds/{round}/credentials} signs the member's blinded tokens: it needs the member's session
 * (the page's own origin: a JSON body, which a foreign page cannot send without the browser asking first).
 * Every answer says in {@code counted} or {@code error} whether the request did what it asked.
 */
@Path("scoring")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BallotResource {

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    @Inject
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
            var blinded = new HashMap<Long, byte[]>();
            request.blinded.forEach((petition, message) -> blinded.put(petition, decode(message)));
            var signed = new HashMap<String, String>();
            credentials.issue(round, blinded).forEach((petition, signature) ->
                    signed.put(String.valueOf(petition), ENCODER.encodeToString(signature)));
            return Map.of("signatures", signed);
        });
    }

    private interface Action {
        Object run();
    }

    /** The action's answer, or its refusal with the key of its reason; never a page, never a bare status. */
    private static Response answer(Action action) {
        var noStore = new CacheControl();
        noStore.setNoStore(true);
        try {
            return Response.ok(action.run()).cacheControl(noStore).build();
        } catch (BusinessException e) {
            return refused(e.getMessageKey(), noStore);
        } catch (IllegalArgumentException | NullPointerException e) {
            return refused("ballot.error.malformed", noStore);
        } catch (EJBException e) {
            var cause = e.getCause();
            if (cause instanceof BusinessException business) {
                return refused(business.getMessageKey(), noStore);
            }
            if (cause instanceof jakarta.validation.ConstraintViolationException) {
                return refused("ballot.error.malformed", noStore);
            }
            if (cause instanceof jakarta.ejb.EJBAccessException || e instanceof jakarta.ejb.EJBAccessException) {
                return Response.status(Response.Status.FORBIDDEN).cacheControl(noStore)
                        .entity(Map.of("counted", false, "error", "general.error.notFound")).build();
            }
            return Response.status(Response.Status.CONFLICT).cacheControl(noStore)
                    .entity(Map.of("counted", false, "error", "ballot.error.retry")).build();
        }
    }

    private static Response refused(String key, CacheControl noStore) {
        return Response.status(Response.Status.BAD_REQUEST).cacheControl(noStore)
                .entity(Map.of("counted", false, "error", key)).build();
    }

    private static Map<Criterion, Integer> scores(CastRequest request) {
        var scores = new EnumMap<Criterion, Integer>(Criterion.class);
        if (request.scores != null) {
            request.scores.forEach((criterion, score) -> scores.put(Criterion.valueOf(criterion), score));
        }
        return scores;
    }

    private static byte[] decode(String base64) {
        if (base64 == null) {
            throw new IllegalArgumentException("missing");
        }
        return DECODER.decode(base64);
    }
}
