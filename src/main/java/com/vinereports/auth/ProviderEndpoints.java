package com.vinereports.auth;

import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.Optional;

/**
 * The provider endpoints the app uses after login, read once from the discovery document the mechanism
 * fetched. Kept as plain strings so the session stays serializable.
 */
public record ProviderEndpoints(String tokenEndpoint, String revocationEndpoint, String endSessionEndpoint)
        implements Serializable {

    static ProviderEndpoints from(JsonObject discovery) {
        return new ProviderEndpoints(discovery.getString("token_endpoint", null),
                discovery.getString("revocation_endpoint", null),
                discovery.getString("end_session_endpoint", null));
    }

    public Optional<String> revocation() {
        return Optional.ofNullable(revocationEndpoint).filter(url -> !url.isBlank());
    }

    public Optional<String> endSession() {
        return Optional.ofNullable(endSessionEndpoint).filter(url -> !url.isBlank());
    }
}
