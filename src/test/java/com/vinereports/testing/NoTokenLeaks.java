package com.vinereports.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asserts that no page a browser received contains a token: neither a known one nor anything JWT-shaped. */
public final class NoTokenLeaks {

    /** A compact JWS: base64url header starting with {"  (eyJ), payload, signature. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");

    private NoTokenLeaks() {
    }

    public static void assertNoTokens(Browser browser, Collection<String> knownTokens) {
        for (String page : browser.pages()) {
            String url = page.substring(0, page.indexOf('\n'));
            String body = page.substring(page.indexOf('\n') + 1);
            for (String token : knownTokens) {
                if (token != null && token.length() > 16 && body.contains(token)) {
                    int at = body.indexOf(token);
                    fail("A token appears in the page " + url + ", after: "
                            + body.substring(Math.max(0, at - 80), at).replaceAll("\\s+", " "));
                }
            }
            Matcher jwt = JWT.matcher(body);
            if (jwt.find() && !isProviderPage(url)) {
                fail("Something JWT-shaped appears in the page " + url + ": " + jwt.group().substring(0, 20) + "...");
            }
        }
    }

    /** The provider's own pages may carry its tokens (e.g. a logout form): that is the provider's business. */
    private static boolean isProviderPage(String url) {
        return !url.startsWith(Deployments.baseUrl());
    }
}
