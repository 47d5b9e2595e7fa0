package com.vinereports.filevine;

import static com.vinereports.filevine.GatewayScenarios.logIn;
import static com.vinereports.filevine.GatewayScenarios.maps;
import static com.vinereports.filevine.GatewayScenarios.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.sandbox.Sandbox;
import com.vinereports.sandbox.SeedData;
import com.vinereports.testing.Browser;
import com.vinereports.testing.Deployments;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The per-org call budget while a large report runs: with 8 calls a minute (the failsafe execution
 * "call-budget"), a report of 11 pages must wait for the budget instead of tripping Filevine's rate limit.
 */
@ExtendWith(ArquillianExtension.class)
class CallBudgetSandboxIT {

    private static Sandbox sandbox;

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.realWar();
    }

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start(Integer.getInteger("it.provider.port"), Integer.getInteger("it.api.port"),
                SeedData.firm(10_001, 20));
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void aLargeReportWaitsForTheBudgetAndNeverExceedsIt() throws Exception {
        try (Browser browser = new Browser(() -> sandbox.api().acceptedTokens())) {
            browser.client().getOptions().setTimeout(120_000); // the report waits about a minute for the budget
            logIn(browser, "ben"); // the profile page makes one call for org 7001
            long started = System.nanoTime();
            Map<String, Object> all = object(browser, "/api/v1/projects?all=true");
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            assertEquals(10_001, maps(all.get("items")).size(), "complete, just later");
            int busiest = sandbox.api().mostCallsWithin(Duration.ofMinutes(1), 7001);
            assertEquals(8, busiest, "the busiest minute used the budget and no more");
            assertTrue(seconds >= 50, "12 calls at 8 a minute cannot finish within the first minute: " + seconds + " s");
            System.out.printf("11-page report under a budget of 8 calls/min: %d s, busiest minute %d calls%n",
                    seconds, busiest);
        }
    }
}
