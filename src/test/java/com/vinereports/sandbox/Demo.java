package com.vinereports.sandbox;

import com.vinereports.testing.server.Trees;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mvn -Pdemo package}: the local Filevine sandbox plus the app on Payara Micro at
 * http://localhost:7059, until Ctrl-C, which stops both.
 */
public final class Demo {

    static final int APP_PORT = 7059;
    static final int PROVIDER_PORT = 7060;
    static final int API_PORT = 7061;
    private static final Path LOG = Path.of("target", "demo-payara.log");
    private static final Path DATA_DIR = Path.of("target", "demo-data");

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        Sandbox sandbox = Sandbox.start(PROVIDER_PORT, API_PORT);
        // The demo's own history database, new each start (the seed's dates move with the day), with a year of
        // simulated history so that trends and time in phase have something to show.
        Trees.delete(DATA_DIR);
        DemoHistory.backfill(DATA_DIR, SeedData.REFERENCE_DATE);
        Map<String, String> environment = new HashMap<>(sandbox.appEnvironment());
        environment.put("VINE_DATA_DIR", DATA_DIR.toAbsolutePath().toString());
        PayaraProcess app = PayaraProcess.launch(APP_PORT, environment, List.of(), LOG);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            sandbox.close();
        }));
        double seconds = app.awaitReady(Duration.ofSeconds(120));
        System.out.printf("%n  Vine Reports is running on the local Filevine sandbox (ready after %.1f s):%n", seconds);
        System.out.printf("%n      http://localhost:%d/%n%n  Demo logins (sandbox provider: username only):%n", APP_PORT);
        SeedData.USERS.forEach(user -> System.out.printf("      %-6s %s, %s%n", user.username(), user.fullName(),
                user.memberships().size() > 1 ? "two orgs: shows the org picker" : "one org"));
        System.out.printf("%n  Ctrl-C stops the app and the sandbox. Payara's log: target/demo-payara.log%n%n");
        System.exit(app.waitFor());
    }
}
