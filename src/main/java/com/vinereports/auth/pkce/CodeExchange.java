package com.vinereports.auth.pkce;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Adds the PKCE {@code code_verifier} to the mechanism's code exchange, the half of PKCE that the built-in
 * OpenID mechanism (Soteria 3 and 4) has no attribute or hook for.
 *
 * <p>How: the mechanism posts its token request through {@code ClientBuilder.newClient()}, and the JAX-RS API
 * finds the {@code ClientBuilder} implementation with {@link java.util.ServiceLoader} on the thread's context
 * class loader. For the duration of the callback only, {@link #run} installs a context class loader that answers
 * that one service lookup with {@link VerifierClientBuilder}, which builds the platform's own client and adds a
 * filter that puts the verifier into the authorization-code grant. Everything else, including every other
 * lookup and every other request, sees the usual class loader; the service file lives outside
 * {@code META-INF/services} so that nothing finds it by accident. Only standard SPIs are involved
 * (ServiceLoader, JAX-RS ClientBuilder, ClientRequestFilter); what it relies on in the mechanism is that it
 * builds its client on the request thread, which PkceKeycloakIT and LoginStrictProviderIT check against
 * providers that require PKCE.
 */
public final class CodeExchange {

    static final String SERVICE = "META-INF/services/jakarta.ws.rs.client.ClientBuilder";
    static final String OUR_SERVICE_FILE = "META-INF/vine-reports/pkce-client-builder";

    private static final ThreadLocal<String> VERIFIER = new ThreadLocal<>();

    private CodeExchange() {
    }

    /** Runs the callback's processing with {@code verifier} (may be null: then nothing is added). */
    public static <T, E extends Exception> T run(String verifier, ThrowingSupplier<T, E> callback) throws E {
        if (verifier == null) {
            return callback.get();
        }
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(new VerifierServiceLoader(original));
        VERIFIER.set(verifier);
        try {
            return callback.get();
        } finally {
            VERIFIER.remove();
            thread.setContextClassLoader(original);
        }
    }

    static String currentVerifier() {
        return VERIFIER.get();
    }

    @FunctionalInterface
    public interface ThrowingSupplier<T, E extends Exception> {
        T get() throws E;
    }

    /** Answers the ClientBuilder service lookup with our builder; delegates everything else. */
    static final class VerifierServiceLoader extends ClassLoader {

        VerifierServiceLoader(ClassLoader application) {
            super(application);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (SERVICE.equals(name)) {
                URL ours = getParent().getResource(OUR_SERVICE_FILE);
                if (ours != null) {
                    return Collections.enumeration(Collections.singletonList(ours));
                }
            }
            return super.getResources(name);
        }
    }
}
