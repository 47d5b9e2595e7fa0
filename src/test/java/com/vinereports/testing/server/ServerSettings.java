package com.vinereports.testing.server;

import java.util.Map;
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
    private Map<String, String> environment = Map.of();

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

    /** Settings for a server started outside Arquillian (the benchmarks). */
    public static ServerSettings of(String server, int port, String jvmOptions) {
        ServerSettings settings = new ServerSettings();
        settings.setServer(server);
        settings.setPort(port);
        settings.setJvmOptions(jvmOptions);
        return settings;
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

    /** The app's settings on top of this JVM's environment (the tests take theirs from failsafe's environment). */
    public Map<String, String> environment() {
        return environment;
    }

    public ServerSettings withEnvironment(Map<String, String> settings) {
        this.environment = Map.copyOf(settings);
        return this;
    }
}
