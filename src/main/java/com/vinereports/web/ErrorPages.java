package com.vinereports.web;

import com.vinereports.filevine.FilevineException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Shows a Filevine failure on the error page, with a status that says whose fault it was. */
final class ErrorPages {

    static final String MESSAGE = "com.vinereports.errorMessage";

    private ErrorPages() {
    }

    static void forwardFilevineFailure(HttpServletRequest request, HttpServletResponse response,
                                       FilevineException failure) throws ServletException, IOException {
        request.setAttribute(MESSAGE, failure.getMessage());
        response.setStatus(failure.httpStatus() == 401 ? HttpServletResponse.SC_BAD_GATEWAY : failure.httpStatus());
        request.getRequestDispatcher("/errors/error.xhtml").forward(request, response);
    }
}
