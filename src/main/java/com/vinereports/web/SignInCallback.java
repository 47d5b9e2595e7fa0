package com.vinereports.web;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.auth.ReturnTo;
import com.vinereports.filevine.FilevineException;
import com.vinereports.filevine.FilevineGateway;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;

/**
 * The redirect URI. The OpenID mechanism has already exchanged the code when this runs; what is left is
 * to learn who the user is in Filevine (once per login) and to send them on: to the org picker, or back
 * to the page they asked for.
 */
@WebServlet("/signin-oidc")
public class SignInCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String HOME = "/app/profile.xhtml";
    static final String ORG_PICKER = "/app/orgs.xhtml";

    @Inject
    FilevineGateway gateway;

    @Inject
    FilevineIdentity identity;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() == null) {
            // Not signed in here: the provider answered with an error, or the callback was opened by hand
            // or came back to a session that no longer waits for it.
            String reason = request.getParameter("error") != null ? "denied" : "rejected";
            response.sendRedirect(request.getContextPath() + "/errors/login-failed.xhtml?reason=" + reason);
            return;
        }
        // A new session id once signed in: an id planted before the login (session fixation) is worth nothing.
        request.changeSessionId();
        try {
            FilevineGateway.WhoAmI who = gateway.whoAmI();
            identity.signedIn(who.user(), who.orgs(), OrgPreference.read(request), Instant.now());
        } catch (FilevineException failure) {
            ErrorPages.forwardFilevineFailure(request, response, failure);
            return;
        }
        String next = identity.chosenOrg().isPresent() ? ReturnTo.take(request, HOME) : ORG_PICKER;
        response.sendRedirect(request.getContextPath() + next);
    }
}
