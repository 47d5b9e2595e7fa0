package com.vinereports.auth;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The resolved Filevine settings: region defaults merged with explicit overrides, plus the list of
 * problems a person has to fix. Resolution never throws, so that a misconfigured app still starts
 * and its landing page can say what is wrong instead of failing at deployment.
 *
 * @param publicUrl the app's own address as users reach it ({@code vine.public-url}, e.g. behind a proxy):
 *                  when set, every absolute URL the app makes starts with it, never with a request's Host header
 * @param problems  human-readable, naming the setting key; empty when the app can log users in
 */
public record FilevineSettings(FilevineRegion region, Optional<URI> authority, Optional<URI> apiUrl,
                               Optional<String> clientId, Optional<String> clientSecret, String scopes,
                               Optional<URI> publicUrl, List<String> problems) {

    public static final String REGION = "filevine.region";
    public static final String AUTHORITY = "filevine.authority";
    public static final String API_URL = "filevine.api-url";
    public static final String CLIENT_ID = "filevine.client-id";
    public static final String CLIENT_SECRET = "filevine.client-secret";
    public static final String SCOPES = "filevine.scopes";
    public static final String PUBLIC_URL = "vine.public-url";

    public static final String DEFAULT_SCOPES =
            "openid email profile offline_access tenant fv.auth.tenant.read filevine.v2.api.* fv.api.gateway.access";

    /** @param lookup a setting by key, empty when unset or blank */
    public static FilevineSettings resolve(Function<String, Optional<String>> lookup) {
        List<String> problems = new ArrayList<>();
        String regionValue = lookup.apply(REGION).orElse("US");
        FilevineRegion region = FilevineRegion.parse(regionValue).orElseGet(() -> {
            problems.add(REGION + " must be US, CA or custom (it is '" + regionValue + "')");
            return FilevineRegion.CUSTOM;
        });
        Optional<URI> authority = endpoint(lookup, AUTHORITY, region.defaultAuthority(), problems);
        Optional<URI> apiUrl = endpoint(lookup, API_URL, region.defaultApiUrl(), problems);
        Optional<String> clientId = required(lookup, CLIENT_ID, problems);
        Optional<String> clientSecret = required(lookup, CLIENT_SECRET, problems);
        String scopes = lookup.apply(SCOPES).map(FilevineSettings::normaliseScopes).orElse(DEFAULT_SCOPES);
        Optional<URI> publicUrl = lookup.apply(PUBLIC_URL).isEmpty() ? Optional.empty()
                : endpoint(lookup, PUBLIC_URL, Optional.empty(), problems)
                        .filter(url -> plainBase(url, problems));
        return new FilevineSettings(region, authority, apiUrl, clientId, clientSecret, scopes, publicUrl,
                List.copyOf(problems));
    }

    public boolean complete() {
        return problems.isEmpty();
    }

    private static Optional<URI> endpoint(Function<String, Optional<String>> lookup, String key,
                                          Optional<URI> regionDefault, List<String> problems) {
        Optional<String> override = lookup.apply(key);
        if (override.isEmpty()) {
            if (regionDefault.isEmpty()) {
                problems.add(key + " is missing (required when " + REGION + " is custom)");
            }
            return regionDefault;
        }
        String value = stripTrailingSlash(override.get().trim());
        try {
            URI uri = URI.create(value);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                problems.add(key + " must be an absolute http(s) URL (it is '" + value + "')");
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (IllegalArgumentException notAUri) {
            problems.add(key + " must be an absolute http(s) URL (it is '" + value + "')");
            return Optional.empty();
        }
    }

    /** The public URL is a base: an origin and perhaps a path, without query or fragment. */
    private static boolean plainBase(URI url, List<String> problems) {
        if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            problems.add(PUBLIC_URL + " must be the app's base URL, without user, query or fragment (it is '" + url + "')");
            return false;
        }
        return true;
    }

    private static Optional<String> required(Function<String, Optional<String>> lookup, String key,
                                             List<String> problems) {
        Optional<String> value = lookup.apply(key).map(String::trim);
        if (value.isEmpty()) {
            problems.add(key + " is missing");
        }
        return value;
    }

    private static String stripTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static String normaliseScopes(String scopes) {
        return String.join(" ", scopes.trim().split("[\\s,]+"));
    }
}
