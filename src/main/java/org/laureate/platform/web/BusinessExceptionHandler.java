package org.laureate.platform.web;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.laureate.platform.BusinessException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Turns a broken business rule, a concurrent change and a refused input into a message on the page the user is on;
 * a record that is not there, asked for by the address of a page, into the "not found" page (404); every other
 * exception goes on to the error page.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    private static final String NOT_FOUND = "general.error.notFound";

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        var events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEventContext context = (ExceptionQueuedEventContext) events.next().getSource();
            if (!Faces.isPostback() && isNotFound(context.getException())) {
                events.remove();
                BadAddressListener.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else if (report(context.getException())) {
                events.remove();
                Faces.validationFailed();
                Faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    private static boolean isNotFound(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return NOT_FOUND.equals(business.getMessageKey());
            }
        }
        return false;
    }

    private static boolean report(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                Messages.addGlobalError(business.getMessageKey(), business.getArguments());
                return true;
            }
            if (cause instanceof OptimisticLockException) {
                Messages.addGlobalError("general.error.concurrentChange");
                return true;
            }
            if (cause instanceof ConstraintViolationException invalid) {
                invalid.getConstraintViolations().forEach(violation -> FieldLabels.of(violation).ifPresentOrElse(
                        label -> Messages.addGlobalError("general.error.invalidField", MessageKeys.resolve(label),
                                violation.getMessage()),
                        () -> Messages.addGlobalError(violation.getMessage())));
                return true;
            }
            if (!(cause instanceof FacesException || cause instanceof EJBException
                    || cause.getClass().getName().startsWith("jakarta.el."))) {
                return false;
            }
        }
        return false;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
