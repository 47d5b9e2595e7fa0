package com.vinereports.api;

import com.vinereports.Jsonp;
import com.vinereports.auth.FilevineIdentity;
import com.vinereports.auth.SessionGuard;
import com.vinereports.auth.TokenHolder;
import com.vinereports.auth.TokenRenewal;
import com.vinereports.auth.TokenSet;
import com.vinereports.grid.SessionFootprint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the session stands, for the header's indicator and for scripts: when the app session and the Filevine
 * session end, whether a refresh token keeps the latter going, and how many bytes the session is when replicated.
 * Times and sizes, never tokens. A session that has
 * ended answers 401 (the security constraint and the guard filter see to that).
 */
@Path("v1/session")
@RequestScoped
public class SessionResource {

    @Inject
    TokenHolder holder;

    @Inject
    FilevineIdentity identity;

    @Inject
    TokenRenewal renewal;

    @Inject
    @ConfigProperty(name = SessionGuard.MAX_HOURS, defaultValue = SessionGuard.MAX_HOURS_DEFAULT)
    double maxHours;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject status() {
        HttpSession session = request.getSession(false);
        JsonObjectBuilder answer = Jsonp.object()
                .add("signedIn", holder.isHolding() && holder.endedBecause().isEmpty());
        if (identity.isLoaded()) {
            answer.add("user", identity.getUser().username());
            identity.chosenOrg().ifPresent(org -> answer.add("org", Jsonp.object()
                    .add("id", org.id()).add("name", org.name())));
        }
        if (session != null) {
            int idle = session.getMaxInactiveInterval();
            answer.add("sessionIdleTimeoutSeconds", idle);
            if (idle > 0 && session.getAttribute(SessionGuard.LAST_ACTIVITY) instanceof Instant last) {
                Instant ends = last.plusSeconds(idle); // this check does not count as activity
                answer.add("sessionExpiresAt", ends.toString())
                        .add("sessionSecondsLeft", Math.max(0, Duration.between(Instant.now(), ends).toSeconds()));
            }
            // However active: the absolute lifetime (vine.session-max-hours) counted from the sign-in.
            SessionGuard.lifetimeEnd(session.getAttribute(SessionGuard.SIGNED_IN_AT), maxHours)
                    .ifPresent(end -> answer.add("sessionLifetimeEndsAt", end.toString()));
            // What this session costs each replication to another node (README: "Two nodes").
            SessionFootprint footprint = SessionFootprint.of(session);
            answer.add("sessionBytes", footprint.bytes());
            if (!footprint.notSerializable().isEmpty()) {
                answer.add("sessionNotSerializable", Json.createArrayBuilder(footprint.notSerializable()));
            }
        }
        holder.tokens().ifPresent(tokens -> {
            describe(tokens, answer);
            answer.add("accessTokenRefreshDueAt", renewal.refreshDueAt(tokens).toString());
        });
        holder.lastRefreshAt().ifPresent(at -> answer.add("lastRefreshAt", at.toString()));
        answer.add("refreshes", holder.refreshes());
        return answer.build();
    }

    private static void describe(TokenSet tokens, JsonObjectBuilder answer) {
        answer.add("accessTokenExpiresAt", tokens.expiresAt().toString())
                .add("refreshTokenHeld", tokens.hasRefreshToken());
        if (tokens.refreshExpiresAt() != null) {
            answer.add("refreshTokenExpiresAt", tokens.refreshExpiresAt().toString());
        }
        // Without a refresh token the Filevine session ends with the access token; with one, when the refresh
        // token does (if the provider says) or else when the app session does.
        Instant filevineEnds = tokens.hasRefreshToken() ? tokens.refreshExpiresAt() : tokens.expiresAt();
        if (filevineEnds != null) {
            answer.add("filevineSessionEndsAt", filevineEnds.toString());
        } else {
            answer.addNull("filevineSessionEndsAt");
        }
    }
}
