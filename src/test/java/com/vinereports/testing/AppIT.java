package com.vinereports.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test of the production WAR, driven from outside as a browser or a script would
 * ({@code testable = false}). The server boots once per failsafe execution and keeps the WAR for every class
 * (testing/server/OneBootContainer): a class must not count on a freshly started app, only on fresh sessions.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class AppIT {

    /** The app's base URL, without a trailing slash. */
    protected static final String BASE = Deployments.baseUrl();

    @Deployment(testable = false)
    public static WebArchive app() {
        return Deployments.realWar();
    }
}
