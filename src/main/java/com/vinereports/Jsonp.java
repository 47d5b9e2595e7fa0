package com.vinereports;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * Jakarta JSON Processing through one provider, looked up once. {@code Json.createReader} and friends look the
 * provider up through the ServiceLoader on every call, which scanned the WAR's jars on every request: a fifth
 * of the app's CPU under load, half of a profile view's (BENCHMARKS.md, P1).
 */
public final class Jsonp {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonReader reader(Reader source) {
        return PROVIDER.createReader(source);
    }
}
