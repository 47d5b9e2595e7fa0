package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FilevineSettingsTest {

    private static FilevineSettings resolve(Map<String, String> values) {
        return FilevineSettings.resolve(key -> Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank()));
    }

    private static Map<String, String> credentials() {
        Map<String, String> values = new HashMap<>();
        values.put("filevine.client-id", "client");
        values.put("filevine.client-secret", "secret");
        return values;
    }

    @Test
    void usIsTheDefaultRegion() {
        FilevineSettings settings = resolve(credentials());
        assertEquals(FilevineRegion.US, settings.region());
        assertEquals(Optional.of(URI.create("https://identity.filevine.com")), settings.authority());
        assertEquals(Optional.of(URI.create("https://api.filevineapp.com")), settings.apiUrl());
        assertTrue(settings.complete(), settings.problems().toString());
    }

    @Test
    void canadaPicksTheCanadianHostsCaseInsensitively() {
        Map<String, String> values = credentials();
        values.put("filevine.region", "ca");
        FilevineSettings settings = resolve(values);
        assertEquals(FilevineRegion.CA, settings.region());
        assertEquals(Optional.of(URI.create("https://identity.filevine.ca")), settings.authority());
        assertEquals(Optional.of(URI.create("https://api.filevineapp.ca")), settings.apiUrl());
    }

    @Test
    void explicitEndpointsOverrideTheRegionAndLoseATrailingSlash() {
        Map<String, String> values = credentials();
        values.put("filevine.authority", "http://localhost:7060/filevine/");
        values.put("filevine.api-url", "http://localhost:7061");
        FilevineSettings settings = resolve(values);
        assertEquals(FilevineRegion.US, settings.region());
        assertEquals(Optional.of(URI.create("http://localhost:7060/filevine")), settings.authority());
        assertEquals(Optional.of(URI.create("http://localhost:7061")), settings.apiUrl());
    }

    @Test
    void customRegionNeedsBothEndpoints() {
        Map<String, String> values = credentials();
        values.put("filevine.region", "custom");
        values.put("filevine.authority", "https://login.example");
        FilevineSettings settings = resolve(values);
        assertFalse(settings.complete());
        assertEquals(List.of("filevine.api-url is missing (required when filevine.region is custom)"), settings.problems());
    }

    @Test
    void missingCredentialsAreNamedButNothingThrows() {
        FilevineSettings settings = resolve(Map.of());
        assertEquals(List.of("filevine.client-id is missing", "filevine.client-secret is missing"), settings.problems());
        assertEquals(Optional.empty(), settings.clientSecret());
    }

    @Test
    void anUnknownRegionAndAMalformedUrlAreExplained() {
        Map<String, String> values = credentials();
        values.put("filevine.region", "EU");
        values.put("filevine.authority", "identity.filevine.com");
        values.put("filevine.api-url", "https://api.example");
        FilevineSettings settings = resolve(values);
        assertEquals(List.of("filevine.region must be US, CA or custom (it is 'EU')",
                "filevine.authority must be an absolute http(s) URL (it is 'identity.filevine.com')"), settings.problems());
    }

    @Test
    void scopesDefaultToWhatFilevineSamplesRequestAndAreNormalised() {
        assertEquals("openid email profile offline_access tenant fv.auth.tenant.read filevine.v2.api.* fv.api.gateway.access",
                resolve(credentials()).scopes());
        Map<String, String> values = credentials();
        values.put("filevine.scopes", " openid,  email\nfilevine.v2.webhooks ");
        assertEquals("openid email filevine.v2.webhooks", resolve(values).scopes());
    }

    @Test
    void problemsNeverContainTheSecret() {
        Map<String, String> values = credentials();
        values.put("filevine.client-secret", "s3cr3t-value");
        values.put("filevine.region", "nowhere");
        assertTrue(resolve(values).problems().stream().noneMatch(problem -> problem.contains("s3cr3t-value")));
    }

    @Test
    void thePublicUrlIsAnOptionalBaseWithoutQuery() {
        assertEquals(Optional.empty(), resolve(credentials()).publicUrl());
        Map<String, String> values = credentials();
        values.put("vine.public-url", "https://reports.firm.example/");
        FilevineSettings settings = resolve(values);
        assertEquals(Optional.of(URI.create("https://reports.firm.example")), settings.publicUrl());
        assertTrue(settings.complete());
        values.put("vine.public-url", "reports.firm.example");
        assertFalse(resolve(values).complete(), "not absolute");
        values.put("vine.public-url", "https://reports.firm.example/?x=1");
        FilevineSettings withQuery = resolve(values);
        assertEquals(Optional.empty(), withQuery.publicUrl());
        assertTrue(withQuery.problems().get(0).startsWith("vine.public-url"), withQuery.problems().toString());
    }
}
