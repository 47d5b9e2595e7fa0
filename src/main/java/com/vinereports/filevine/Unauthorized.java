package com.vinereports.filevine;

/** Filevine answered 401: the gateway renews the token and retries once. Never seen outside this package. */
final class Unauthorized extends RuntimeException {

    private static final long serialVersionUID = 1L;

    Unauthorized() {
        super(null, null, false, false);
    }
}
