package org.laureate.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page asked for with a missing or malformed parameter in its address ({@code ?id=abc}, a required {@code ?cycle}
 * left out) answers 400 with the "wrong address" page, instead of rendering without its record. On the first request
 * of a page the only inputs are its view parameters, so a failed validation there is a bad address. Registered in
 * faces-config.xml.
 */
public class BadAddressListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the parameters are checked after the phase
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        var context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed()) {
            sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** Answers with the status and its error page, and ends the request's Faces life cycle. */
    static void sendError(int status) {
        var context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
