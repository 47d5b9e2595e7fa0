package com.vinereports.auth.pkce;

import com.vinereports.auth.IdTokenScreen;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Optional;

/**
 * Adds the PKCE {@code code_verifier} to the mechanism's code exchange, the half of PKCE that the built-in
 * OpenID mechanism (Soteria 3 and 4) has no attribute or hook for.
 *
 * <p>How: the mechanism posts its token request through {@code ClientBuilder.newClient()}, and the JAX-RS API
 * finds the {@code ClientBuilder} implementation with {@link java.util.ServiceLoader} on the thread's context
 * class loader. For the duration of the callback only, {@link #run} installs a context class loader that answers
 * that one service lookup with {@link VerifierClientBuilder}, which builds the platform's own client and adds a
 * filter that puts the verifier into the authorization-code grant, and one that screens the token response
 * ({@link IdTokenScreen}). Everything else, including every other
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
    private static final ThreadLocal<IdTokenScreen.Expected> EXPECTED = new ThreadLocal<>();
    private static final ThreadLocal<String> REFUSAL = new ThreadLocal<>();

    private CodeExchange() {
    }

    /**
     * Runs the callback's processing with {@code verifier} added to the code exchange, and its token response
     * screened against {@code expected} ({@link IdTokenScreen}): a response the screen refuses reaches the
     * mechanism as the provider's refusal (400 {@code invalid_id_token}), and {@link #refusal()} says why.
     */
    public static <T, E extends Exception> T run(String verifier, IdTokenScreen.Expected expected,
                                                 ThrowingSupplier<T, E> callback) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(new VerifierServiceLoader(original));
        VERIFIER.set(verifier);
        EXPECTED.set(expected);
        REFUSAL.remove();
        try {
            return callback.get();
        } finally {
            VERIFIER.remove();
            EXPECTED.remove();
            thread.setContextClassLoader(original);
        }
    }

    /** Why the screen refused the last code exchange on this thread, if it did (cleared by the next {@link #run}). */
    public static Optional<String> refusal() {
        return Optional.ofNullable(REFUSAL.get());
    }

    static String currentVerifier() {
        return VERIFIER.get();
    }

    static IdTokenScreen.Expected currentExpectations() {
        return EXPECTED.get();
    }

    static void refused(String reason) {
        REFUSAL.set(reason);
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
