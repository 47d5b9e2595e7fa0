package com.vinereports.web;

import com.vinereports.auth.AppLocations;
import com.vinereports.auth.FilevineSettings;
import com.vinereports.auth.SignOut;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Where the provider sends the browser after its logout: the landing page, saying so. */
@WebServlet(SignOut.CALLBACK_PATH)
public class SignOutCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FilevineSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AppLocations.redirect(request, response, settings.publicUrl(), "/?signedOut=true");
    }
}
