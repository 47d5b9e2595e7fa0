package com.vinereports.filevine;

import com.vinereports.auth.FilevineIdentity;
import com.vinereports.auth.FilevineSettings;
import com.vinereports.auth.Org;
import com.vinereports.auth.SignedInUser;
import com.vinereports.auth.TokenRenewal;
import com.vinereports.filevine.wire.FvOrg;
import com.vinereports.filevine.wire.FvOrgUser;
import com.vinereports.filevine.wire.FvUser;
import com.vinereports.filevine.wire.FvUserOrgs;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The only caller of {@link FilevineApi}: translates Filevine's wire types into ours and Filevine's failures
 * into {@link FilevineException}s.
 */
@ApplicationScoped
public class FilevineGateway {

    private static final Logger LOG = Logger.getLogger(FilevineGateway.class.getName());

    @Inject
    FilevineSettings settings;

    @Inject
    TokenRenewal renewal;

    @Inject
    FilevineIdentity identity;

    @Inject
    @ConfigProperty(name = "filevine.connect-timeout-ms", defaultValue = "5000")
    long connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "filevine.read-timeout-ms", defaultValue = "30000")
    long readTimeoutMs;

    private FilevineApi api;

    @PostConstruct
    void connect() {
        // Built once: the client is thread-safe, and the base URL depends on the region, not one key.
        api = settings.apiUrl().map(url -> RestClientBuilder.newBuilder()
                .baseUri(url)
                .connectTimeout(connectTimeoutMs, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMs, TimeUnit.MILLISECONDS)
                .build(FilevineApi.class)).orElse(null);
    }

    public record WhoAmI(SignedInUser user, List<Org> orgs) {
    }

    /** The signed-in user and their orgs ({@code GetUserOrgsWithToken}). */
    public WhoAmI whoAmI() {
        FvUserOrgs answer = call("GetUserOrgsWithToken", () -> api.getUserOrgsWithToken());
        List<Org> orgs = answer.orgs == null ? List.of() : answer.orgs.stream()
                .filter(org -> org.orgId != null)
                .map(org -> new Org(org.orgId, Objects.requireNonNullElse(org.name, "Org " + org.orgId)))
                .toList();
        return new WhoAmI(user(answer.user), orgs);
    }

    /** The user as a member of the chosen org ({@code Users/Me}). */
    public OrgMembership me() {
        FvOrgUser me = call("Users/Me", () -> api.usersMe());
        String accessLevel = me.permissions == null ? null : me.permissions.accessLevel;
        FvOrg org = me.org;
        return new OrgMembership(me.orgUserId == null ? 0 : me.orgUserId, me.userName, me.email,
                Boolean.TRUE.equals(me.isActive), accessLevel, org == null ? null : org.name);
    }

    private static SignedInUser user(FvUser user) {
        if (user == null || user.userId == null || user.userId.nativeId == null) {
            throw new FilevineException(FilevineException.Kind.REJECTED, 200,
                    new IllegalStateException("GetUserOrgsWithToken answered without user.userId.native"));
        }
        return new SignedInUser(user.userId.nativeId, user.firstName, user.lastName, user.email, user.username);
    }

    /**
     * One Filevine operation with a token good for the next minute; a 401 gets one renewal and one retry
     * (the token may have been revoked or expired early), a second 401 ends the session.
     */
    private <T> T call(String operation, Supplier<T> request) {
        if (api == null) {
            throw new FilevineException(FilevineException.Kind.NOT_CONFIGURED, 0, null);
        }
        CallCredentials credentials = credentials();
        try {
            return credentials.run(() -> attempt(operation, request));
        } catch (Unauthorized first) {
            CallCredentials renewed = credentials.withBearer(renewal.afterRejection(credentials.bearer()));
            try {
                return renewed.run(() -> attempt(operation, request));
            } catch (Unauthorized second) {
                throw renewal.rejectedAfterRenewal();
            }
        }
    }

    private CallCredentials credentials() {
        String bearer = renewal.freshAccessToken();
        return identity.chosenOrg()
                .map(org -> new CallCredentials(bearer, org.id(), identity.getUser().userId()))
                .orElseGet(() -> new CallCredentials(bearer, null, null));
    }

    /** A 401: handled by {@link #call}, never seen outside the gateway. */
    private static final class Unauthorized extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unauthorized() {
            super(null, null, false, false);
        }
    }

    private static <T> T attempt(String operation, Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException answered) {
            int status = answered.getResponse().getStatus();
            if (status == 401) {
                LOG.log(Level.INFO, "Filevine {0} answered 401", operation);
                throw new Unauthorized();
            }
            LOG.log(Level.WARNING, "Filevine {0} answered {1}", new Object[] {operation, status});
            throw new FilevineException(FilevineException.kindOf(status), status, answered);
        } catch (ProcessingException noAnswer) {
            LOG.log(Level.WARNING, "Filevine {0} failed: {1}", new Object[] {operation, noAnswer.getMessage()});
            throw new FilevineException(FilevineException.Kind.UNAVAILABLE, 0, noAnswer);
        }
    }
}
