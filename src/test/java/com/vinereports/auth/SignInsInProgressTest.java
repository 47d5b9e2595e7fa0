package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInsInProgressTest {

    /** A session that records its attributes and whether it was invalidated. */
    private static final class FakeSession {
        final Map<String, Object> attributes = new HashMap<>();
        boolean invalidated;
        final HttpSession session;

        FakeSession(String id) {
            session = (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getId" -> id;
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "invalidate" -> {
                            invalidated = true;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private static SignInsInProgress limitedTo(int max) {
        SignInsInProgress signIns = new SignInsInProgress();
        signIns.max = max;
        return signIns;
    }

    @Test
    void pastTheLimitTheOldestSignInEnds() {
        SignInsInProgress signIns = limitedTo(2);
        FakeSession first = new FakeSession("a");
        FakeSession second = new FakeSession("b");
        FakeSession third = new FakeSession("c");
        signIns.started(first.session);
        signIns.started(second.session);
        signIns.started(first.session); // a second start of the same session keeps its place
        assertEquals(2, signIns.count());
        signIns.started(third.session);
        assertTrue(first.invalidated, "the oldest ends");
        assertFalse(second.invalidated || third.invalidated);
        assertEquals(2, signIns.count());
    }

    @Test
    void aSessionWhoseSignInIsOverIsNeverEnded() {
        SignInsInProgress signIns = limitedTo(1);
        FakeSession signedIn = new FakeSession("a");
        signIns.started(signedIn.session);
        signIns.over("a");
        signIns.started(new FakeSession("b").session);
        assertEquals(1, signIns.count());
        assertFalse(signedIn.invalidated);

        FakeSession raced = new FakeSession("c"); // signed in before it could leave the list: kept too
        signIns.started(raced.session);
        raced.attributes.put(SessionGuard.SIGNED_IN_AT, Instant.now());
        signIns.started(new FakeSession("d").session);
        assertFalse(raced.invalidated);
    }
}
