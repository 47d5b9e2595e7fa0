package com.vinereports.testing.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * An Arquillian container that boots its server once per test JVM (one failsafe execution) and keeps the
 * deployment for every test class after the first: Arquillian deploys per class, and a Payara Micro boot per class
 * cost about 15 s each. Every class deploys the same production WAR (Deployments.realWar), so a class after the
 * first finds it already there; a different archive is refused rather than silently ignored. The server stops when
 * Arquillian's suite ends (and, should the JVM be killed first, with it: see the shutdown hook).
 */
public class OneBootContainer implements DeployableContainer<ServerSettings> {

    private ServerSettings settings;
    private RunningServer server;
    private String deployedName;
    private Set<String> deployedEntries;

    @Override
    public Class<ServerSettings> getConfigurationClass() {
        return ServerSettings.class;
    }

    @Override
    public void setup(ServerSettings settings) {
        this.settings = settings;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return ProtocolDescription.DEFAULT; // the tests are client-side (testable = false): no protocol is used
    }

    @Override
    public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        Set<String> entries = archive.getContent().keySet().stream().map(ArchivePath::get).collect(Collectors.toSet());
        if (server == null) {
            boot(archive);
            deployedName = archive.getName();
            deployedEntries = entries;
        } else if (!archive.getName().equals(deployedName) || !entries.equals(deployedEntries)) {
            throw new DeploymentException("This container serves one WAR per test run (" + deployedName
                    + "); " + archive.getName() + " differs from it. Give that test its own failsafe execution.");
        }
        HTTPContext http = new HTTPContext("localhost", settings.getPort());
        http.add(new Servlet("default", "/"));
        return new ProtocolMetaData().addContext(http);
    }

    private void boot(Archive<?> archive) throws DeploymentException {
        try {
            Path dir = Files.createDirectories(Path.of("target", "it-server", settings.kind().toString()));
            Path war = dir.resolve(archive.getName());
            archive.as(ZipExporter.class).exportTo(war.toFile(), true);
            Path log = dir.resolve("server-" + System.getProperty("it.execution", "it") + ".log");
            long started = System.nanoTime();
            server = settings.kind().launch(war.toAbsolutePath(), settings, log.toAbsolutePath());
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "stop " + settings.kind()));
            server.awaitReady(Duration.ofSeconds(settings.getStartupTimeoutInSeconds()));
            System.out.printf("%s ready in %.1f s (log: %s)%n", settings.kind(), (System.nanoTime() - started) / 1e9, log);
        } catch (Exception failed) {
            stopQuietly();
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new DeploymentException(settings.kind() + " did not start: " + failed.getMessage(), failed);
        }
    }

    /** The deployment stays for the next class; it goes with the server at the end. */
    @Override
    public void undeploy(Archive<?> archive) {
    }

    @Override
    public void stop() {
        stopQuietly();
    }

    private synchronized void stopQuietly() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
