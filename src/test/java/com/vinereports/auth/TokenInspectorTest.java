package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenInspectorTest {

    private static String jwtWithHeader(String headerJson) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString("{\"sub\":\"x\"}".getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    void readsTheSignatureAlgorithmFromTheHeader() {
        assertEquals("RS512", TokenInspector.algorithm(jwtWithHeader("{\"alg\":\"RS512\",\"kid\":\"k1\"}")));
        assertEquals("RS256", TokenInspector.algorithm(jwtWithHeader("{\"typ\":\"JWT\",\"alg\":\"RS256\"}")));
    }

    @Test
    void somethingThatIsNotAJwtHasNoAlgorithm() {
        assertEquals("unknown", TokenInspector.algorithm("opaque-token"));
        assertEquals("unknown", TokenInspector.algorithm(jwtWithHeader("{\"typ\":\"JWT\"}")));
    }
}
