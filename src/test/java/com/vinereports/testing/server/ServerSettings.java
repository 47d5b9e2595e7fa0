package com.vinereports.testing.server;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/**
 * The {@code <configuration>} of the one container in arquillian.xml: which server runs the WAR, on which port,
 * how long its start may take and what its JVM gets. Arquillian sets the properties by name.
 */
public class ServerSettings implements ContainerConfiguration {

    private String server = "payara-micro";
    private int port = 7159;
    private int startupTimeoutInSeconds = 240;
    private String jvmOptions = "";

    @Override
    public void validate() throws ConfigurationException {
        if (ServerKind.named(server) == null) {
            throw new ConfigurationException("Unknown server \"" + server + "\": one of " + ServerKind.names());
        }
        if (port <= 0) {
            throw new ConfigurationException("The app's port must be set (it.app.port)");
        }
    }

    public ServerKind kind() {
        return ServerKind.named(server);
    }

    public String getServer() {
        return server;
    }

    public void setServer(String server) {
        this.server = server;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public int getStartupTimeoutInSeconds() {
        return startupTimeoutInSeconds;
    }

    public void setStartupTimeoutInSeconds(int startupTimeoutInSeconds) {
        this.startupTimeoutInSeconds = startupTimeoutInSeconds;
    }

    public String getJvmOptions() {
        return jvmOptions;
    }

    public void setJvmOptions(String jvmOptions) {
        this.jvmOptions = jvmOptions;
    }
}
