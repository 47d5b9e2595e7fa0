package com.vinereports.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the Filevine settings once from MicroProfile Config (environment variables such as
 * {@code FILEVINE_CLIENT_SECRET} map to {@code filevine.client-secret}). A secret rotation is a
 * restart with a new environment, nothing else.
 */
@ApplicationScoped
public class SettingsProducer {

    @Inject
    Config config;

    // @Singleton, not @ApplicationScoped: a record cannot be proxied, and one instance is all it needs.
    @Produces
    @Singleton
    FilevineSettings settings() {
        return FilevineSettings.resolve(key -> config.getOptionalValue(key, String.class)
                .filter(value -> !value.isBlank()));
    }
}
