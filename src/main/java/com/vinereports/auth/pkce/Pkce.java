package com.vinereports.auth.pkce;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** RFC 7636 with S256: a random verifier, and the challenge derived from it. */
public final class Pkce {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Pkce() {
    }

    /** 32 random bytes as base64url: 43 characters, the minimum length the RFC allows, 256 bits of entropy. */
    public static String newVerifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    public static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }

    /** The authorization URL with {@code code_challenge} and {@code code_challenge_method=S256} added. */
    public static String withChallenge(String authorizationUrl, String verifier) {
        return authorizationUrl + (authorizationUrl.contains("?") ? "&" : "?")
                + "code_challenge=" + URLEncoder.encode(challenge(verifier), StandardCharsets.US_ASCII)
                + "&code_challenge_method=S256";
    }
}
