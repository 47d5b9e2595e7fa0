package com.vinereports.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;

/**
 * Remembers the org a user last chose, in this browser, so that the next login skips the picker.
 * The value is a preference, not a credential: it is checked against the user's orgs on every login.
 */
public final class OrgPreference {

    private static final String COOKIE = "vine-org";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private OrgPreference() {
    }

    public static Optional<Integer> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .flatMap(cookie -> {
                    try {
                        return Optional.of(Integer.parseInt(cookie.getValue()));
                    } catch (NumberFormatException tampered) {
                        return Optional.empty();
                    }
                });
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int orgId) {
        Cookie cookie = new Cookie(COOKIE, Integer.toString(orgId));
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
