package com.vinereports.auth.pkce;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Form;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
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
        return platform.build().register(new AddVerifier(CodeExchange.currentVerifier()));
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
