package com.vinereports.auth;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a firm's Filevine tenant lives. The region picks default identity and API hosts; both can be
 * overridden, and {@link #CUSTOM} has no defaults at all (sandboxes, future regions).
 */
public enum FilevineRegion {
    US("https://identity.filevine.com", "https://api.filevineapp.com"),
    // Not confirmed by Filevine's documentation: taken from third-party code (see README).
    CA("https://identity.filevine.ca", "https://api.filevineapp.ca"),
    CUSTOM(null, null);

    private final URI authority;
    private final URI apiUrl;

    FilevineRegion(String authority, String apiUrl) {
        this.authority = authority == null ? null : URI.create(authority);
        this.apiUrl = apiUrl == null ? null : URI.create(apiUrl);
    }

    public Optional<URI> defaultAuthority() {
        return Optional.ofNullable(authority);
    }

    public Optional<URI> defaultApiUrl() {
        return Optional.ofNullable(apiUrl);
    }

    /** Parses a setting value case-insensitively; empty for anything that is not a region. */
    public static Optional<FilevineRegion> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(US);
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notARegion) {
            return Optional.empty();
        }
    }
}
