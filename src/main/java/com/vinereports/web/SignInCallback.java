package com.vinereports.web;

import com.vinereports.auth.FilevineSettings;
import com.vinereports.auth.LoginFailures;
import com.vinereports.auth.MechanismContext;
import com.vinereports.auth.AppLocations;
import com.vinereports.auth.FilevineIdentity;
import com.vinereports.auth.ReturnTo;
import com.vinereports.auth.SessionEndAnswer;
import com.vinereports.auth.SessionEndedException;
import com.vinereports.auth.SessionGuard;
import com.vinereports.auth.SignInsInProgress;
import com.vinereports.auth.TokenHolder;
import com.vinereports.auth.TokenRenewal;
import com.vinereports.filevine.FilevineException;
import com.vinereports.filevine.FilevineGateway;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The redirect URI. The OpenID mechanism has already exchanged the code when this runs; what is left is
 * to take over the login's tokens, to learn who the user is in Filevine (once per login) and to send them on: to the org picker, or back
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

    @Inject
    TokenRenewal renewal;

    @Inject
    FilevineSettings settings;

    @Inject
    OpenIdContext openId;

    @Inject
    MechanismContext mechanismContext;

    @Inject
    SignInsInProgress signIns;

    @Inject
    TokenHolder holder;

    /** The app session's idle time-out (a working day by default: people leave the reports open). */
    @Inject
    @ConfigProperty(name = "vine.session-idle-seconds", defaultValue = "28800")
    int idleSeconds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (request.getUserPrincipal() == null) {
            // Not signed in here: the provider answered with an error, or the callback was opened by hand
            // or came back to a session that no longer waits for it.
            String reason = request.getParameter("error") != null ? "denied" : "rejected";
            AppLocations.redirect(request, response, settings.publicUrl(), "/errors/login-failed.xhtml?reason=" + reason);
            return;
        }
        if (identity.isLoaded()) {
            // A second tab's login that finished after the first one had signed the session in.
            AppLocations.redirect(request, response, settings.publicUrl(), ReturnTo.take(request, HOME));
            return;
        }
        if (!holder.isHolding()) {
            // The login's first pass here (a later one comes from TenantFilter when learning who the user is
            // failed: the tokens are the session's already, and the mechanism's context is gone).
            try {
                openId.getClaims(); // the userinfo answer: the mechanism checks it names the ID token's user
            } catch (RuntimeException refused) {
                if (LoginFailures.isOutage(refused)) {
                    throw refused;
                }
                LoginFailures.refuseAfterSignIn(request, response, refused);
                return;
            }
            signIns.over(request.getSession().getId()); // before the id changes
            // A new session id once signed in: an id planted before the login (session fixation) is worth nothing.
            request.changeSessionId();
            renewal.adoptLogin(openId);
            mechanismContext.release(); // its tokens are the session's now; it could not travel to another node
            request.getSession().setMaxInactiveInterval(idleSeconds);
            request.getSession().setAttribute(SessionGuard.SIGNED_IN_AT, Instant.now());
        }
        try {
            FilevineGateway.WhoAmI who = gateway.whoAmI();
            identity.signedIn(who.user(), who.orgs(), OrgPreference.read(request), Instant.now());
        } catch (FilevineException failure) {
            ErrorPages.forwardFilevineFailure(request, response, failure);
            return;
        } catch (SessionEndedException ended) {
            // The provider refused the very first refresh (a token shorter-lived than the margin): the login is
            // over before it began. Said as any ended session is, never a 500.
            SessionEndAnswer.sessionEnded(request, response);
            return;
        }
        String next = identity.chosenOrg().isPresent() ? ReturnTo.take(request, HOME) : ORG_PICKER;
        AppLocations.redirect(request, response, settings.publicUrl(), next);
    }
}
