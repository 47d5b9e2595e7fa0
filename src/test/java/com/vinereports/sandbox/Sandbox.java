package com.vinereports.sandbox;

import java.io.IOException;
import java.util.Map;

/** The local Filevine: its OpenID provider and its API, started together on fixed localhost ports. */
public final class Sandbox implements AutoCloseable {

    public static final String CLIENT_ID = "vine-reports-sandbox";
    /** Not a secret: the sandbox provider accepts any. Real secrets come from the environment. */
    public static final String CLIENT_SECRET = "sandbox-secret-not-for-production";

    private SandboxProvider provider;
    private final FilevineSimulator api;

    private Sandbox(SandboxProvider provider, FilevineSimulator api) {
        this.provider = provider;
        this.api = api;
    }

    public static Sandbox start(int providerPort, int apiPort) throws IOException {
        return start(providerPort, apiPort, SeedData.DEMO);
    }

    /** With another firm behind the API, e.g. a big one for paging tests and benchmarks. */
    public static Sandbox start(int providerPort, int apiPort, SeedData.Firm firm) throws IOException {
        SandboxProvider provider = SandboxProvider.start(providerPort);
        try {
            FilevineSimulator api = FilevineSimulator.start(apiPort, Map.of(provider.issuer().toString(), provider.jwks()), firm);
            return new Sandbox(provider, api);
        } catch (IOException | RuntimeException failure) {
            provider.close();
            throw failure;
        }
    }

    /** Replaces the provider by a new one on the same port (new keys), e.g. signing with another algorithm. */
    public void restartProvider(String signingAlgorithm) throws IOException {
        int port = provider.issuer().getPort();
        provider.close();
        provider = SandboxProvider.start(port, signingAlgorithm);
    }

    public SandboxProvider provider() {
        return provider;
    }

    public FilevineSimulator api() {
        return api;
    }

    /** The environment the app needs to use this sandbox, as an operator would set it. */
    public Map<String, String> appEnvironment() {
        return Map.of(
                "FILEVINE_REGION", "custom",
                "FILEVINE_AUTHORITY", provider.issuer().toString(),
                "FILEVINE_API_URL", api.baseUri().toString(),
                "FILEVINE_CLIENT_ID", CLIENT_ID,
                "FILEVINE_CLIENT_SECRET", CLIENT_SECRET);
    }

    @Override
    public void close() {
        api.close();
        provider.close();
    }
}
