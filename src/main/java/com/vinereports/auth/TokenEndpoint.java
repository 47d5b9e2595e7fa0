package com.vinereports.auth;

import com.vinereports.Jsonp;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provider's token and revocation endpoints, for what happens after login (the mechanism does the code
 * exchange). Client authentication is {@code client_secret_post}, the same as the mechanism's, so a client
 * registered for one works for the other. Tokens and the secret never reach a log line.
 */
@ApplicationScoped
public class TokenEndpoint {

    private static final Logger LOG = Logger.getLogger(TokenEndpoint.class.getName());

    /** The provider said no (invalid_grant, revoked, wrong client): retrying cannot help. */
    public static class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String error) {
            super(error);
        }
    }

    /** No usable answer after the bounded retries (connection refused, time-out, 5xx). */
    public static class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreachable(String what) {
            super(what);
        }
    }

    @Inject
    FilevineSettings settings;

    @Inject
    @ConfigProperty(name = "filevine.token-timeout-ms", defaultValue = "10000")
    long timeoutMs;

    /** Further attempts after a failed one, when the provider gave no answer or a 5xx. */
    @Inject
    @ConfigProperty(name = "filevine.token-retries", defaultValue = "2")
    int retries;

    private Client client;

    @PostConstruct
    void open() {
        client = ClientBuilder.newBuilder()
                .connectTimeout(timeoutMs, TimeUnit.MILLISECONDS)
                .readTimeout(timeoutMs, TimeUnit.MILLISECONDS)
                .build();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** A refresh-token grant: the provider's JSON answer, or why there is none. */
    public JsonObject refresh(ProviderEndpoints endpoints, String refreshToken) throws Refused, Unreachable {
        Form form = clientForm()
                .param("grant_type", "refresh_token")
                .param("refresh_token", refreshToken);
        for (int attempt = 0; ; attempt++) {
            try (Response answer = client.target(endpoints.tokenEndpoint()).request(MediaType.APPLICATION_JSON)
                    .post(Entity.form(form))) {
                String body = answer.readEntity(String.class);
                int status = answer.getStatus();
                if (status == 200) {
                    return parse(body);
                }
                if (status < 500) {
                    String error = errorCode(body);
                    LOG.log(Level.INFO, "Refresh refused by the provider: HTTP {0} {1}", new Object[] {status, error});
                    throw new Refused(error);
                }
                LOG.log(Level.WARNING, "Refresh failed: provider answered HTTP {0} (attempt {1})",
                        new Object[] {status, attempt + 1});
            } catch (ProcessingException | JsonException noAnswer) {
                LOG.log(Level.WARNING, "Refresh failed: {0} (attempt {1})",
                        new Object[] {noAnswer.getClass().getSimpleName(), attempt + 1});
            }
            if (attempt >= retries) {
                throw new Unreachable("no answer from the token endpoint after " + (attempt + 1) + " attempts");
            }
            pause(attempt);
        }
    }

    /** RFC 7009 revocation; false when it did not happen (logged, never fatal to a logout). */
    public boolean revoke(String revocationEndpoint, String token, String tokenTypeHint) {
        Form form = clientForm().param("token", token).param("token_type_hint", tokenTypeHint);
        try (Response answer = client.target(revocationEndpoint).request().post(Entity.form(form))) {
            boolean done = answer.getStatus() == 200;
            if (!done) {
                LOG.log(Level.WARNING, "Token revocation answered HTTP {0}", answer.getStatus());
            }
            return done;
        } catch (ProcessingException noAnswer) {
            LOG.log(Level.WARNING, "Token revocation failed: {0}", noAnswer.getClass().getSimpleName());
            return false;
        }
    }

    private Form clientForm() {
        return new Form()
                .param("client_id", settings.clientId().orElse(""))
                .param("client_secret", settings.clientSecret().orElse(""));
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(250L << Math.min(attempt, 4)); // 250 ms, 500 ms, 1 s ...: short, the user is waiting
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = Jsonp.reader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Only the OAuth error code: a provider's description may echo request data. */
    private static String errorCode(String body) {
        try {
            return parse(body).getString("error", "unknown_error");
        } catch (RuntimeException notJson) {
            return "unreadable answer";
        }
    }
}
