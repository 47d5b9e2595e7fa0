package com.vinereports.web.format;

import jakarta.enterprise.context.SessionScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The user's time zone: as the browser reports it (time-zone.js sets the {@code vine-tz} cookie), kept for the
 * session; until then, and for a name the JDK does not know, {@code vine.time-zone} (read by {@link Formats}: a
 * session-scoped bean keeps no configuration, which would have to travel with the session).
 */
@SessionScoped
public class UserZone implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "vine-tz";

    private String reported;

    /** The zone for this request, taking the browser's report if it came with it; else {@code defaultZone}. */
    public ZoneId of(HttpServletRequest request, String defaultZone) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    String name = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
                    if (name.length() <= 64 && parse(name) != null) {
                        reported = name;
                    }
                }
            }
        }
        ZoneId zone = reported == null ? null : parse(reported);
        if (zone != null) {
            return zone;
        }
        ZoneId fallback = parse(defaultZone.trim());
        return fallback == null ? ZoneId.of("UTC") : fallback;
    }

    private static ZoneId parse(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException unknown) {
            return null;
        }
    }
}
