package com.vinereports.auth;

/** CDI event: the session now works in this org (at sign-in, or switched). Caches of the previous org go. */
public record OrgChosen(int userId, int orgId) {
}
