package com.vinereports.testing;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** An HTTP session for unit tests: an id, attributes, and whether it was invalidated (nothing else answers). */
public final class FakeSession {

    public final Map<String, Object> attributes = new HashMap<>();
    public int attributesSet;
    public boolean invalidated;
    public final HttpSession session;

    public FakeSession(String id) {
        session = (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> {
                        attributesSet++;
                        attributes.put((String) args[0], args[1]);
                        yield null;
                    }
                    case "invalidate" -> {
                        invalidated = true;
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
