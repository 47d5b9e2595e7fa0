package com.vinereports.web.faces;

import com.vinereports.auth.SessionEndAnswer;
import com.vinereports.auth.SessionEndedException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A Filevine session that ends in the middle of a JSF request (a 401 after renewal, a refresh refused during
 * rendering) gets the same answer as anywhere else: for AJAX a partial-response redirect, which Faces' own
 * AJAX exception handling would otherwise turn into an error the user never sees.
 */
public class SessionEndExceptionHandler extends ExceptionHandlerWrapper {

    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new SessionEndExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    SessionEndExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable failure = events.next().getContext().getException();
            if (SessionEndedException.isCauseOf(failure)) {
                events.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                try {
                    SessionEndAnswer.sessionEnded((HttpServletRequest) faces.getExternalContext().getRequest(),
                            (HttpServletResponse) faces.getExternalContext().getResponse());
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
    }

}
