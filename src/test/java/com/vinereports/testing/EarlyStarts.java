package com.vinereports.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts, as a test JVM opens its JUnit session, the slow servers its execution needs (today: Keycloak, where the
 * execution names its home), so that they come up while Arquillian boots the app instead of after it.
 * Registered in META-INF/services.
 */
public final class EarlyStarts implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Integer keycloakPort = Integer.getInteger("it.keycloak.port");
        if (System.getProperty("vine.keycloakHome") != null && keycloakPort != null) {
            KeycloakServer.startEarly(keycloakPort);
        }
    }
}
