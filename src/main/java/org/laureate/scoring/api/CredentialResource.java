package org.laureate.scoring.api;

import static org.laureate.platform.web.BallotAnswers.answer;
import static org.laureate.platform.web.BallotAnswers.decoded;
import static org.laureate.platform.web.BallotAnswers.encoded;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.laureate.platform.BusinessException;
import org.laureate.scoring.boundary.CredentialService;

/**
 * The credentials of the scoring rounds' secret ballot, for the member's browser: {@code POST
 * scoring/rounds/{round}/credentials} signs the member's blinded tokens. It needs the member's session (the page's own
 * origin: a JSON body, which a foreign page cannot send without the browser asking first). Every answer says in
 * {@code signatures} or {@code error} whether the request did what it asked. The ballots themselves are cast through
 * {@link BallotServlet}, without a session; the final vote's go to {@code scoring/votes/…} (see
 * {@code org.laureate.vote.api}).
 */
@Path("scoring")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CredentialResource {

    @Inject
    CredentialService credentials;

    /** The blinded tokens by petition, in base64url. */
    public static class IssueRequest {
        public Map<Long, String> blinded;
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
}
