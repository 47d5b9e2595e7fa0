package com.vinereports.filevine;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * How Filevine's JSON is read: names case-insensitively (the wire is camelCase, the published schemas are
 * PascalCase, and both occur), unknown properties ignored (JSON-B's default), so a field Filevine adds
 * tomorrow breaks nothing.
 */
public class FilevineJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.CASE_INSENSITIVE));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
