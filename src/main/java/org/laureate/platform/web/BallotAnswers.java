package org.laureate.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
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
 */
public final class BallotAnswers {

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** An endpoint's work, which answers with what it did or throws the reason it refused. */
    public interface Action {
        Object run();
    }

    private BallotAnswers() {
    }

    /** The action's answer, or its refusal with the key of its reason. */
    public static Response answer(Action action) {
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
            if (cause instanceof ConstraintViolationException) {
                return refused("ballot.error.malformed", noStore);
            }
            if (cause instanceof EJBAccessException || e instanceof EJBAccessException) {
                return Response.status(Response.Status.FORBIDDEN).cacheControl(noStore)
                        .entity(Map.of("counted", false, "error", "general.error.notFound")).build();
            }
            return Response.status(Response.Status.CONFLICT).cacheControl(noStore)
                    .entity(Map.of("counted", false, "error", "ballot.error.retry")).build();
        }
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

    private static Response refused(String key, CacheControl noStore) {
        return Response.status(Response.Status.BAD_REQUEST).cacheControl(noStore)
                .entity(Map.of("counted", false, "error", key)).build();
    }
}
