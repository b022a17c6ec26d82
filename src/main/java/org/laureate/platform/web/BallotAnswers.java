package org.laureate.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.laureate.platform.BusinessException;

/**
 * What the secret ballot's endpoints (the scoring rounds' and the final vote's) answer the member's browser: the
 * action's result, or its refusal with the key of its reason ({@code counted: false, error: key}), never a page, never
 * a bare status, never kept by a cache; and the base64url in which the browser sends tokens and reads signatures.
 * The JAX-RS resources take the answer as a {@link Response}; the scoring rounds' casting, a plain servlet, as an
 * {@link Answer}.
 */
public final class BallotAnswers {

    /** The reason of a refusal of a request that is not a ballot at all. */
    public static final String MALFORMED = "ballot.error.malformed";

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** An endpoint's work, which answers with what it did or throws the reason it refused. */
    public interface Action {
        Map<String, Object> run();
    }

    private BallotAnswers() {
    }

    /** What an endpoint answers: its HTTP status and its JSON body. */
    public record Answer(int status, Map<String, Object> body) {

        /** A refusal with the key of its reason. */
        public static Answer refused(int status, String key) {
            return new Answer(status, Map.of("counted", false, "error", key));
        }
    }

    /** The action's answer, or its refusal with the key of its reason. */
    public static Answer of(Action action) {
        try {
            return new Answer(HttpServletResponse.SC_OK, action.run());
        } catch (BusinessException e) {
            return Answer.refused(HttpServletResponse.SC_BAD_REQUEST, e.getMessageKey());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Answer.refused(HttpServletResponse.SC_BAD_REQUEST, MALFORMED);
        } catch (EJBException e) {
            var cause = e.getCause();
            if (cause instanceof BusinessException business) {
                return Answer.refused(HttpServletResponse.SC_BAD_REQUEST, business.getMessageKey());
            }
            if (cause instanceof ConstraintViolationException) {
                return Answer.refused(HttpServletResponse.SC_BAD_REQUEST, MALFORMED);
            }
            if (cause instanceof EJBAccessException || e instanceof EJBAccessException) {
                return Answer.refused(HttpServletResponse.SC_FORBIDDEN, "general.error.notFound");
            }
            return Answer.refused(HttpServletResponse.SC_CONFLICT, "ballot.error.retry");
        }
    }

    /** The action's answer as a JAX-RS response. */
    public static Response answer(Action action) {
        var answer = of(action);
        var noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(answer.status()).cacheControl(noStore).entity(answer.body()).build();
    }

    /** The bytes of a base64url text; a missing one is malformed. */
    public static byte[] decode(String base64) {
        if (base64 == null) {
            throw new IllegalArgumentException("missing");
        }
        return DECODER.decode(base64);
    }

    /** The bytes in base64url without padding. */
    public static String encode(byte[] bytes) {
        return ENCODER.encodeToString(bytes);
    }

    /** The blinded tokens by petition, decoded. */
    public static Map<Long, byte[]> decoded(Map<Long, String> messages) {
        var decoded = new HashMap<Long, byte[]>();
        messages.forEach((petition, message) -> decoded.put(petition, decode(message)));
        return decoded;
    }

    /** The signatures by petition, encoded, the petition's id as the key. */
    public static Map<String, String> encoded(Map<Long, byte[]> signatures) {
        var encoded = new HashMap<String, String>();
        signatures.forEach((petition, signature) -> encoded.put(String.valueOf(petition), encode(signature)));
        return encoded;
    }
}
