package com.vinereports.auth;

/**
 * A session ended (idle, container expiry, absolute lifetime) while holding a refresh token that logout did not
 * revoke: {@link TokenRenewal} revokes it, so that no long-lived token outlives the session that got it.
 */
record LeftoverRefreshToken(String refreshToken, ProviderEndpoints endpoints) {

    @Override
    public String toString() {
        return "LeftoverRefreshToken[endpoints=" + endpoints + "]"; // never the token
    }
}
