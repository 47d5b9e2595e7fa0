package com.vinereports.web;

import com.vinereports.auth.AppLocations;
import com.vinereports.auth.AuthenticationOutcomes;
import com.vinereports.auth.FilevineSettings;
import com.vinereports.auth.ReturnTo;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where a login starts ({@code /app/sign-in?to=<path>}): a protected address, so the mechanism sends an anonymous
 * browser to the provider from here. A user who is already signed in goes straight on to {@code to} (one of the
 * app's own paths) or the profile.
 */
@WebServlet(AuthenticationOutcomes.SIGN_IN_PATH)
public class SignInStart extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FilevineSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String to = request.getParameter("to");
        AppLocations.redirect(request, response, settings.publicUrl(), ReturnTo.isOwnPath(to) ? to : SignInCallback.HOME);
    }
}
