package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenReadingTest {

    private static String jwtWithHeader(String headerJson) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString("{\"sub\":\"x\"}".getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    void readsTheSignatureAlgorithmFromTheHeader() {
        assertEquals("RS512", TokenReading.algorithm(jwtWithHeader("{\"alg\":\"RS512\",\"kid\":\"k1\"}")));
        assertEquals("RS256", TokenReading.algorithm(jwtWithHeader("{\"typ\":\"JWT\",\"alg\":\"RS256\"}")));
    }

    @Test
    void somethingThatIsNotAJwtHasNoAlgorithm() {
        assertEquals("unknown", TokenReading.algorithm("opaque-token"));
        assertEquals("unknown", TokenReading.algorithm(jwtWithHeader("{\"typ\":\"JWT\"}")));
    }

    @Test
    void readsStringClaimsFromThePayload() {
        String jwt = jwtWithHeader("{\"alg\":\"RS256\"}");
        assertEquals("x", TokenReading.claim(jwt, "sub"));
        assertNull(TokenReading.claim(jwt, "email"));
        assertNull(TokenReading.claim("opaque", "sub"));
        assertNull(TokenReading.claim(null, "sub"));
    }
}
