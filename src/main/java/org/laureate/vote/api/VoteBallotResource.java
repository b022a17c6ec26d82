package org.laureate.vote.api;

import static org.laureate.platform.web.BallotAnswers.answer;
import static org.laureate.platform.web.BallotAnswers.decode;
import static org.laureate.platform.web.BallotAnswers.decoded;
import static org.laureate.platform.web.BallotAnswers.encode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.laureate.platform.BusinessException;
import org.laureate.vote.boundary.VoteBox;
import org.laureate.vote.boundary.VoteService;
import org.laureate.vote.entity.Choice;

/**
 * The secret ballot of the final vote over HTTP, for the member's browser. {@code POST scoring/votes/ballots} casts a
 * ballot on one finalist with its credential: it needs no session, the browser sends it without cookies, and nothing
 * here creates a session. {@code POST scoring/votes/{vote}/credentials} signs the member's blinded tokens: it needs
 * the member's session (the page's own origin: a JSON body, which a foreign page cannot send without the browser
 * asking first). Every answer says in {@code counted} or {@code error} whether the request did what it asked. One
 * instance answers every request, as for the scoring rounds' ballots.
 */
@Path("scoring/votes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VoteBallotResource {

    /** The box itself, not its CDI proxy: through the proxy, each call also cost the making of an exception. */
    @EJB
    VoteBox box;

    @Inject
    VoteService votes;

    /** The blinded tokens by finalist and, in "for up to P" mode, the approval ones, in base64url. */
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
    public Response cast(VoteRequest request) {
        return answer(() -> {
            var approval = request.approvalToken == null ? null
                    : new VoteBox.Credential(decode(request.approvalToken), decode(request.approvalSignature));
            var receipt = box.cast(request.vote, request.petition, Choice.valueOf(request.choice),
                    new VoteBox.Credential(decode(request.token), decode(request.signature)), approval);
            return Map.of("counted", true, "receipt", receipt.receipt(), "revised", receipt.revised());
        });
    }

    @POST
    @Path("ballots/withdrawal")
    @Operation(hidden = true)
    public Response withdraw(VoteRequest request) {
        return answer(() -> Map.of("withdrawn", box.withdraw(request.vote, request.petition,
                new VoteBox.Credential(decode(request.token), decode(request.signature)))));
    }

    @POST
    @Path("{vote}/credentials")
    @Operation(hidden = true)
    public Response issue(@PathParam("vote") long vote, IssueRequest request) {
        return answer(() -> {
            if (request == null || request.blinded == null) {
                throw new BusinessException("credential.error.petitions");
            }
            var approvals = new ArrayList<byte[]>();
            if (request.approvals != null) {
                request.approvals.forEach(message -> approvals.add(decode(message)));
            }
            var signed = votes.issue(vote, decoded(request.blinded), approvals);
            return Map.of("signatures", encoded(signed.finalists()),
                    "approvals", signed.approvals().stream().map(signature -> encode(signature)).toList());
        });
    }
}
