package org.laureate.platform.web;

import jakarta.json.Json;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.laureate.platform.BusinessException;
import org.laureate.platform.Localizable;

/**
 * Every refusal of the HTTP endpoints as problem details (RFC 9457, {@code application/problem+json}) in the caller's
 * language (Accept-Language: Russian, Belarusian or English), never an HTML page: a broken rule is a 400 with its
 * message; a query parameter that cannot be read (a page number "abc") is a 400, not the 404 that JAX-RS gives it by
 * default, and so is a body that is not the JSON the endpoint reads; a database that cannot be reached is a 503 with
 * {@code Retry-After}; anything unexpected is a 500 that names nothing of the server, its cause logged.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final List<String> LANGUAGES = List.of("ru", "be", "en");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        var bundle = ResourceBundle.getBundle(MessageKeys.BUNDLE, locale());
        if (thrown instanceof BusinessException business) {
            var detail = new MessageFormat(bundle.getString(business.getMessageKey()), bundle.getLocale())
                    .format(Localizable.in(bundle.getLocale(), business.getArguments()));
            return problem(Response.Status.BAD_REQUEST.getStatusCode(), bundle, detail);
        }
        if (thrown instanceof WebApplicationException refused) {
            var status = refused.getResponse().getStatus();
            if (status == Response.Status.NOT_FOUND.getStatusCode() && refused.getCause() != null) {
                status = Response.Status.BAD_REQUEST.getStatusCode();
            }
            return problem(status, bundle, null);
        }
        if (thrown instanceof ProcessingException && thrown.getCause() instanceof JsonbException) {
            // a body that is not the JSON the endpoint reads: not JSON at all, or another shape
            return problem(Response.Status.BAD_REQUEST.getStatusCode(), bundle, null);
        }
        if (DatabaseOutageFilter.isDatabaseOutage(thrown)) {
            return Response.fromResponse(problem(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), bundle, null))
                    .header("Retry-After", DatabaseOutageFilter.RETRY_AFTER_SECONDS).build();
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an HTTP endpoint", thrown);
        return problem(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), bundle, null);
    }

    private Locale locale() {
        return headers == null ? locale(List.of()) : locale(headers.getAcceptableLanguages());
    }

    /** The first of the interface's languages among those the client accepts, in its order; else Russian. */
    static Locale locale(List<Locale> acceptable) {
        for (var accepted : acceptable) {
            if (LANGUAGES.contains(accepted.getLanguage())) {
                return Locale.forLanguageTag(accepted.getLanguage());
            }
        }
        return Locale.forLanguageTag(LANGUAGES.get(0));
    }

    private static Response problem(int status, ResourceBundle bundle, String detail) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(status, bundle, detail)).build();
    }

    /** The problem's JSON: its title and, unless {@code detail} is given, its detail in the bundle's language. */
    static String body(int status, ResourceBundle bundle, String detail) {
        var family = status == 503 ? "unavailable" : status >= 500 ? "serverError" : status == 404 ? "notFound"
                : status == 405 ? "notAllowed" : "badRequest";
        return Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", bundle.getString("api.problem." + family))
                .add("status", status)
                .add("detail", detail != null ? detail : bundle.getString("api.problem." + family + ".detail"))
                .build()
                .toString();
    }
}
