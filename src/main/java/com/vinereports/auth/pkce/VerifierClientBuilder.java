package com.vinereports.auth.pkce;

import com.vinereports.Jsonp;
import com.vinereports.auth.IdTokenScreen;
import jakarta.json.JsonReader;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Form;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;

/**
 * The platform's {@link ClientBuilder} (Jersey on Payara, RESTEasy on WildFly) with one addition: clients it
 * builds put the PKCE {@code code_verifier} into an authorization-code grant. Found only through
 * {@link CodeExchange}; public with a no-argument constructor because {@link java.util.ServiceLoader} makes it.
 */
public class VerifierClientBuilder extends ClientBuilder {

    private final ClientBuilder platform;

    public VerifierClientBuilder() {
        Thread thread = Thread.currentThread();
        ClassLoader current = thread.getContextClassLoader();
        ClassLoader plain = current instanceof CodeExchange.VerifierServiceLoader ours ? ours.getParent() : current;
        thread.setContextClassLoader(plain);
        try {
            platform = ClientBuilder.newBuilder();
        } finally {
            thread.setContextClassLoader(current);
        }
    }

    @Override
    public Client build() {
        Client client = platform.build().register(new AddVerifier(CodeExchange.currentVerifier()));
        IdTokenScreen.Expected expected = CodeExchange.currentExpectations();
        return expected == null ? client : client.register(new ScreenIdToken(expected));
    }

    /** Adds {@code code_verifier} to the form of an authorization-code grant that has none. */
    static final class AddVerifier implements ClientRequestFilter {
        private final String verifier;

        AddVerifier(String verifier) {
            this.verifier = verifier;
        }

        @Override
        public void filter(ClientRequestContext request) {
            if (verifier != null && request.getEntity() instanceof Form form
                    && form.asMap().getOrDefault("grant_type", List.of()).contains("authorization_code")
                    && !form.asMap().containsKey("code_verifier")) {
                form.param("code_verifier", verifier);
            }
        }
    }

    /**
     * Screens the answer to an authorization-code grant before the mechanism reads it: a token response the app
     * refuses becomes the provider's refusal (400 {@code invalid_id_token}), so the mechanism fails the login
     * without validating, or trusting, anything in it.
     */
    static final class ScreenIdToken implements ClientResponseFilter {
        private final IdTokenScreen.Expected expected;

        ScreenIdToken(IdTokenScreen.Expected expected) {
            this.expected = expected;
        }

        @Override
        public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
            boolean codeGrant = request.getEntity() instanceof Form form
                    && form.asMap().getOrDefault("grant_type", List.of()).contains("authorization_code");
            if (!codeGrant || response.getStatus() != 200 || !response.hasEntity()) {
                return;
            }
            byte[] body = response.getEntityStream().readAllBytes();
            Optional<String> refusal;
            try (JsonReader reader = Jsonp.reader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
                refusal = IdTokenScreen.refusal(reader.readObject(), expected);
            } catch (RuntimeException unreadable) {
                refusal = Optional.of("the token response is not a JSON object");
            }
            if (refusal.isEmpty()) {
                response.setEntityStream(new ByteArrayInputStream(body));
                return;
            }
            CodeExchange.refused(refusal.get());
            response.setStatus(400);
            response.setEntityStream(new ByteArrayInputStream(Jsonp.object().add("error", "invalid_id_token")
                    .add("error_description", "refused by the application").build().toString()
                    .getBytes(StandardCharsets.UTF_8)));
        }
    }

    // Everything else is the platform builder's.

    @Override
    public ClientBuilder withConfig(Configuration config) {
        platform.withConfig(config);
        return this;
    }

    @Override
    public ClientBuilder sslContext(SSLContext sslContext) {
        platform.sslContext(sslContext);
        return this;
    }

    @Override
    public ClientBuilder keyStore(KeyStore keyStore, char[] password) {
        platform.keyStore(keyStore, password);
        return this;
    }

    @Override
    public ClientBuilder trustStore(KeyStore trustStore) {
        platform.trustStore(trustStore);
        return this;
    }

    @Override
    public ClientBuilder hostnameVerifier(HostnameVerifier verifier) {
        platform.hostnameVerifier(verifier);
        return this;
    }

    @Override
    public ClientBuilder executorService(ExecutorService executorService) {
        platform.executorService(executorService);
        return this;
    }

    @Override
    public ClientBuilder scheduledExecutorService(ScheduledExecutorService scheduledExecutorService) {
        platform.scheduledExecutorService(scheduledExecutorService);
        return this;
    }

    @Override
    public ClientBuilder connectTimeout(long timeout, TimeUnit unit) {
        platform.connectTimeout(timeout, unit);
        return this;
    }

    @Override
    public ClientBuilder readTimeout(long timeout, TimeUnit unit) {
        platform.readTimeout(timeout, unit);
        return this;
    }

    @Override
    public Configuration getConfiguration() {
        return platform.getConfiguration();
    }

    @Override
    public ClientBuilder property(String name, Object value) {
        platform.property(name, value);
        return this;
    }

    @Override
    public ClientBuilder register(Class<?> componentClass) {
        platform.register(componentClass);
        return this;
    }

    @Override
    public ClientBuilder register(Class<?> componentClass, int priority) {
        platform.register(componentClass, priority);
        return this;
    }

    @Override
    public ClientBuilder register(Class<?> componentClass, Class<?>... contracts) {
        platform.register(componentClass, contracts);
        return this;
    }

    @Override
    public ClientBuilder register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
        platform.register(componentClass, contracts);
        return this;
    }

    @Override
    public ClientBuilder register(Object component) {
        platform.register(component);
        return this;
    }

    @Override
    public ClientBuilder register(Object component, int priority) {
        platform.register(component, priority);
        return this;
    }

    @Override
    public ClientBuilder register(Object component, Class<?>... contracts) {
        platform.register(component, contracts);
        return this;
    }

    @Override
    public ClientBuilder register(Object component, Map<Class<?>, Integer> contracts) {
        platform.register(component, contracts);
        return this;
    }
}
