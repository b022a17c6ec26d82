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
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.boundary.BallotBox;
import org.laureate.scoring.boundary.CredentialService;
import org.laureate.scoring.boundary.VoteBox;
import org.laureate.scoring.boundary.VoteService;
import org.laureate.scoring.entity.Choice;
import org.laureate.scoring.entity.Criterion;

/**
 * The secret ballot of the scoring rounds and of the final vote over HTTP, for the member's browser.
 * {@code POST scoring/ballots} and {@code POST scoring/votes/ballots} cast a ballot with its credential: they need no
 * session, the browser sends them without cookies, and nothing here creates a session.
 * {@code POST scoring/rounds/{round}/credentials} and {@code POST scoring/votes/{vote}/credentials} sign the member's
 * blinded tokens: they need the member's session (the page's own origin: a JSON body, which a foreign page cannot
 * send without the browser asking first).
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

    @Inject
    VoteBox voteBox;

    @Inject
    VoteService votes;

    /** A ballot as the browser sends it: scores by criterion, the credential's token and signature in base64url. */
    public static class CastRequest {
        public long round;
        public long petition;
        public Map<String, Integer> scores;
        public String token;
        public String signature;
    }

    /** The blinded tokens by petition, in base64url; for a final vote in "for up to P" mode the approval ones too. */
    public static class IssueRequest {
        public Map<Long, String> blinded;
        public List<String> approvals;
    }

    /**
     * A final vote's ballot on one finalist: the choice, the finalist's credential and, in "for up to P" mode, an
     * approval credential, in base64url.
     */
    public static class VoteRequest {
        public long vote;
        public long petition;
        public String choice;
        public String token;
        public String signature;
        public String approvalToken;
        public String approvalSignature;
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
            return Map.of("signatures", encoded(credentials.issue(round, blinded(request))));
        });
    }

    @POST
    @Path("votes/ballots")
    @Operation(hidden = true)
    public Response castVote(VoteRequest request) {
        return answer(() -> {
            var approval = request.approvalToken == null ? null
                    : new VoteBox.Credential(decode(request.approvalToken), decode(request.approvalSignature));
            var receipt = voteBox.cast(request.vote, request.petition, Choice.valueOf(request.choice),
                    new VoteBox.Credential(decode(request.token), decode(request.signature)), approval);
            return Map.of("counted", true, "receipt", receipt.receipt(), "revised", receipt.revised());
        });
    }

    @POST
    @Path("votes/ballots/withdrawal")
    @Operation(hidden = true)
    public Response withdrawVote(VoteRequest request) {
        return answer(() -> Map.of("withdrawn", voteBox.withdraw(request.vote, request.petition,
                new VoteBox.Credential(decode(request.token), decode(request.signature)))));
    }

    @POST
    @Path("votes/{vote}/credentials")
    @Operation(hidden = true)
    public Response issueVote(@PathParam("vote") long vote, IssueRequest request) {
        return answer(() -> {
            if (request == null || request.blinded == null) {
                throw new BusinessException("credential.error.petitions");
            }
            var approvals = new ArrayList<byte[]>();
            if (request.approvals != null) {
                request.approvals.forEach(message -> approvals.add(decode(message)));
            }
            var signed = votes.issue(vote, blinded(request), approvals);
            return Map.of("signatures", encoded(signed.finalists()),
                    "approvals", signed.approvals().stream().map(ENCODER::encodeToString).toList());
        });
    }

    private static Map<Long, byte[]> blinded(IssueRequest request) {
        var blinded = new HashMap<Long, byte[]>();
        request.blinded.forEach((petition, message) -> blinded.put(petition, decode(message)));
        return blinded;
    }

    private static Map<String, String> encoded(Map<Long, byte[]> signatures) {
        var signed = new HashMap<String, String>();
        signatures.forEach((petition, signature) -> signed.put(String.valueOf(petition),
                ENCODER.encodeToString(signature)));
        return signed;
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
