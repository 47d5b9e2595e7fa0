package com.vinereports.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts, as a test JVM opens its JUnit session, the servers its execution needs before or beside the app's boot:
 * Keycloak, where the execution names its home (it comes up while Arquillian boots the app instead of after it),
 * and PostgreSQL, where the app keeps its history there (it must be up when the app opens its database).
 * Registered in META-INF/services.
 */
public final class EarlyStarts implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Integer keycloakPort = Integer.getInteger("it.keycloak.port");
        if (System.getProperty("vine.keycloakHome") != null && keycloakPort != null) {
            KeycloakServer.startEarly(keycloakPort);
        }
        Integer postgresPort = Integer.getInteger("it.postgres.port");
        if (postgresPort != null) {
            HistoryPostgres.start(postgresPort);
        }
    }
}
