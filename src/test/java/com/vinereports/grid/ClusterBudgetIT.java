package com.vinereports.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.vinereports.testing.Browser;
import com.vinereports.testing.SandboxFirm;
import com.vinereports.testing.SandboxIT;
import com.vinereports.testing.SessionCalls;
import com.vinereports.testing.Suites;
import com.vinereports.testing.server.Cluster;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One Filevine budget for the org across the cluster (failsafe execution "cluster-budget": 8 calls a minute). Ben's
 * report on node a and Dev's on node b at the same time, 5 calls each: each node alone would let its user's report
 * take 4 calls at once (half the budget per user), 8 together plus the sign-ins' calls; shared on the grid, the
 * busiest minute Filevine sees stays within 8, and both reports still complete.
 */
@Tag(Suites.CLUSTER_BUDGET)
@SandboxFirm(hartley = ClusterBudgetIT.MATTERS, rivera = 20)
class ClusterBudgetIT extends SandboxIT {

    static final int MATTERS = 4_001;
    private static final int BUDGET = 8;
    private static final int HARTLEY = 7001;

    @Test
    void twoNodesTogetherKeepTheOrgsBudget() throws Exception {
        try (Browser ben = signedIn("ben"); Browser dev = signedIn("dev")) {
            Cluster cluster = Cluster.current();
            String onA = "http://localhost:" + cluster.port("a") + "/api/v1/projects?all=true";
            String onB = "http://localhost:" + cluster.port("b") + "/api/v1/projects?all=true";
            long started = System.nanoTime();
            CompletableFuture<HttpResponse<String>> bens = CompletableFuture.supplyAsync(() -> report(ben, onA));
            CompletableFuture<HttpResponse<String>> devs = CompletableFuture.supplyAsync(() -> report(dev, onB));
            for (HttpResponse<String> answer : List.of(bens.get(200, TimeUnit.SECONDS), devs.get(200, TimeUnit.SECONDS))) {
                assertEquals(200, answer.statusCode(), answer.body());
                assertEquals(MATTERS, ((List<?>) JSONObjectUtils.parse(answer.body()).get("items")).size(), "complete, just later");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int busiest = api().mostCallsWithin(Duration.ofMinutes(1), HARTLEY);
            System.out.printf("Cluster budget %d calls/min: two reports of 5 calls on two nodes done after %.0f s;"
                    + " busiest minute %d calls, %d calls in all%n", BUDGET, seconds, busiest, api().totalCalls());
            assertTrue(busiest <= BUDGET, "never above the org's budget across both nodes: " + busiest);
            assertTrue(seconds >= 55, "10 bulk calls with 6 a minute for bulk work cannot all go in the first minute: " + seconds);
        }
    }

    private static HttpResponse<String> report(Browser browser, String url) {
        try {
            return SessionCalls.parallelJson(browser, List.of(url)).get(0);
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
