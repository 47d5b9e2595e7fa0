package com.vinereports.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mvn -Pdemo package}: the local Filevine sandbox plus the app on Payara Micro at
 * http://localhost:7059, until Ctrl-C, which stops both.
 */
public final class Demo {

    static final int APP_PORT = 7059;
    static final int PROVIDER_PORT = 7060;
    static final int API_PORT = 7061;
    private static final Path LOG = Path.of("target", "demo-payara.log");

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        Path micro = Path.of(System.getProperty("payara.microJar"));
        Path war = Path.of(System.getProperty("vine.war"));
        Path serverConfig = Path.of(System.getProperty("vine.serverConfig"));
        Sandbox sandbox = Sandbox.start(PROVIDER_PORT, API_PORT);
        Process app = startPayara(micro, war, serverConfig, sandbox);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.destroy();
            sandbox.close();
        }));
        long started = System.nanoTime();
        waitUntilReady(app);
        System.out.printf("%n  Vine Reports is running on the local Filevine sandbox (ready after %.1f s):%n",
                (System.nanoTime() - started) / 1e9);
        System.out.printf("%n      http://localhost:%d/%n%n  Demo logins (sandbox provider: username only):%n", APP_PORT);
        SeedData.USERS.forEach(user -> System.out.printf("      %-6s %s, %s%n", user.username(), user.fullName(),
                user.memberships().size() > 1 ? "two orgs: shows the org picker" : "one org"));
        System.out.printf("%n  Ctrl-C stops the app and the sandbox. Payara's log: target/demo-payara.log%n%n");
        System.exit(app.waitFor());
    }

    private static Process startPayara(Path micro, Path war, Path serverConfig, Sandbox sandbox) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", micro.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(APP_PORT),
                "--nocluster", "--disablephonehome",
                "--prebootcommandfile", serverConfig.resolve("pre-boot-commands.asadmin").toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(LOG.toFile());
        builder.environment().putAll(sandbox.appEnvironment());
        return builder.start();
    }

    private static boolean deploymentFailed() {
        try {
            return Files.readString(LOG).contains("Exception while loading the app");
        } catch (IOException notYetWritten) {
            return false;
        }
    }

    private static void waitUntilReady(Process app) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest landing = HttpRequest.newBuilder(URI.create("http://localhost:" + APP_PORT + "/")).build();
        for (int attempt = 0; attempt < 240; attempt++) {
            if (!app.isAlive() || deploymentFailed()) {
                throw new IllegalStateException("The app did not start; see target/demo-payara.log");
            }
            try {
                if (client.send(landing, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro was not ready after 120 s; see target/demo-payara.log");
    }
}
