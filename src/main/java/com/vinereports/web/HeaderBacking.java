package com.vinereports.web;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.auth.Org;
import com.vinereports.auth.SessionEndAnswer;
import com.vinereports.auth.SignOut;
import com.vinereports.auth.TokenHolder;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * The header of signed-in pages: who, which org (switchable), and logout. Both actions are JSF POSTs, so
 * the view state (a per-session secret with server-side state saving) protects them against CSRF.
 */
@Named
@RequestScoped
public class HeaderBacking {

    @Inject
    FilevineIdentity identity;

    @Inject
    SignOut signOut;


    @Inject
    TokenHolder tokens;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    public String getUserName() {
        return identity.isLoaded() ? identity.getUser().getDisplayName() : "";
    }

    public Org getOrg() {
        return identity.getChosen();
    }

    /** Empty until an org is chosen: the picker itself offers the choice then. */
    public List<Org> getOtherOrgs() {
        if (identity.getChosen() == null) {
            return List.of();
        }
        return identity.getOrgs().stream().filter(org -> !org.equals(identity.getChosen())).toList();
    }

    /** Seconds of inactivity after which the session ends; the header's script checks the session then. */
    public int getSessionIdleSeconds() {
        return ((HttpServletRequest) Faces.getExternalContext().getRequest()).getSession().getMaxInactiveInterval();
    }

    /** One line on how long the Filevine session lasts, never a token. */
    public String getFilevineSession() {
        return tokens.tokens().map(current -> current.hasRefreshToken()
                ? "Filevine session renews automatically"
                : "Filevine session ends at " + CLOCK.format(current.expiresAt())).orElse("");
    }

    /** "You had to log in again because..." once, on the first page after that login; then forgotten. */
    public boolean isSessionEndedNotice() {
        Object notice = Faces.getExternalContext().getRequestCookieMap().get(SessionEndAnswer.NOTICE_COOKIE);
        if (notice == null) {
            return false;
        }
        Faces.getExternalContext().addResponseCookie(SessionEndAnswer.NOTICE_COOKIE, "", Map.of("maxAge", 0,
                "path", Faces.getExternalContext().getRequestContextPath().isEmpty() ? "/" : Faces.getExternalContext().getRequestContextPath()));
        return SessionEndAnswer.SESSION_ENDED.equals(((Cookie) notice).getValue());
    }

    public void switchTo(int orgId) throws IOException {
        if (identity.choose(orgId)) {
            OrgPreference.write((HttpServletRequest) Faces.getExternalContext().getRequest(),
                    (HttpServletResponse) Faces.getExternalContext().getResponse(), orgId);
        }
        HttpServletRequest request = (HttpServletRequest) Faces.getExternalContext().getRequest();
        Faces.getExternalContext().redirect(request.getContextPath() + request.getServletPath());
    }

    public void logout() {
        signOut.endSession((HttpServletRequest) Faces.getExternalContext().getRequest(), (HttpServletResponse) Faces.getExternalContext().getResponse());
        FacesContext.getCurrentInstance().responseComplete();
    }
}
