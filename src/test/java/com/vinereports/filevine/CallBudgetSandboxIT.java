package com.vinereports.filevine;

import static com.vinereports.filevine.GatewayScenarios.logIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.vinereports.sandbox.SandboxLogin;
import com.vinereports.testing.Browser;
import com.vinereports.testing.SessionCalls;
import com.vinereports.testing.SandboxFirm;
import com.vinereports.testing.SandboxIT;
import com.vinereports.testing.Suites;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The per-org call budget shared between pages and reports: with 40 calls a minute (the failsafe execution
 * "call-budget"), bulk work takes at most 30 of them and one user's at most 20. Ben runs two 11-page reports at
 * once (22 calls), Alice one (11): both wait for the budget instead of tripping Filevine's rate limit, and
 * meanwhile a matter's page is served at once.
 */
@Tag(Suites.CALL_BUDGET)
@SandboxFirm(hartley = 10_001, rivera = 20)
class CallBudgetSandboxIT extends SandboxIT {

    private static final int BUDGET = 40;
    private static final int BEN = 10002;
    private static final int ALICE = 10001;
    @Test
    void pagesAreServedAtOnceWhileTwoColleaguesReportsShareTheRestOfTheBudget() throws Exception {
        try (Browser ben = new Browser(() -> sandbox.api().acceptedTokens());
             Browser alice = new Browser(() -> sandbox.api().acceptedTokens())) {
            logIn(ben, "ben");
            HtmlPage picker = SandboxLogin.signIn(alice.open(GatewayScenarios.BASE + "/app/profile.xhtml"), "alice");
            picker.getElementsByTagName("input").stream()
                    .filter(input -> "Hartley & Moss LLP".equals(input.getAttribute("value"))).findFirst().orElseThrow()
                    .click();

            long started = System.nanoTime();
            String all = GatewayScenarios.BASE + "/api/v1/projects?all=true";
            // Two different reports of Ben's (the same one asked twice would be joined, and cost 11 calls once).
            CompletableFuture<List<HttpResponse<String>>> bens = CompletableFuture.supplyAsync(
                    () -> reports(ben, List.of(all, all + "&sort=projectName")));
            CompletableFuture<List<HttpResponse<String>>> alices = CompletableFuture.supplyAsync(() -> reports(alice, List.of(all)));
            Thread.sleep(3_000); // the reports have taken their shares and wait for more

            long pageStarted = System.nanoTime();
            int projectId = api().firm().projectsOf(7001).get(0).projectId();
            HtmlPage matter = ben.open(GatewayScenarios.BASE + "/app/project.xhtml?id=" + projectId);
            double pageSeconds = (System.nanoTime() - pageStarted) / 1e9;
            assertEquals(Integer.toString(projectId), matter.getUrl().getQuery().replace("id=", ""));
            assertTrue(matter.getElementById("project-name") != null, matter.asNormalizedText());
            // Ben's 22 calls are more than one user's 20: his reports wait for the window. Alice's 11 may all have
            // gone before the bulk share (30) filled up, or some of Ben's did first: either way one of them waits.
            assertTrue(!bens.isDone(), () -> "Ben's reports were still waiting for the budget: " + statuses(bens));

            List<HttpResponse<String>> answers = new ArrayList<>(bens.get(150, TimeUnit.SECONDS));
            answers.addAll(alices.get(150, TimeUnit.SECONDS));
            double reportSeconds = (System.nanoTime() - started) / 1e9;
            for (HttpResponse<String> answer : answers) {
                assertEquals(200, answer.statusCode(), answer.body());
                assertEquals(10_001, ((List<?>) JSONObjectUtils.parse(answer.body()).get("items")).size(), "complete, just later");
            }
            int busiest = sandbox.api().mostCallsWithin(Duration.ofMinutes(1), 7001);
            int bensBusiest = sandbox.api().mostCallsWithin(Duration.ofMinutes(1), 7001, BEN);
            int alicesBusiest = sandbox.api().mostCallsWithin(Duration.ofMinutes(1), 7001, ALICE);
            System.out.printf("Budget %d calls/min: a matter's page in %.2f s while 3 reports (33 calls) ran; reports done"
                    + " after %.0f s; busiest minute %d calls (Ben %d, Alice %d)%n", BUDGET, pageSeconds, reportSeconds,
                    busiest, bensBusiest, alicesBusiest);
            assertTrue(pageSeconds < 2, "a matter's page within 2 s while reports wait: " + pageSeconds + " s");
            assertTrue(busiest <= BUDGET, "never above the budget: " + busiest);
            // Ben's share of bulk work (20), plus his interactive calls: the profile's 1 and the matter page's 7.
            assertTrue(bensBusiest <= 20 + 1 + 7, "one user's reports take at most half: " + bensBusiest);
            assertTrue(reportSeconds >= 50, "33 bulk calls with 30 a minute for bulk cannot all go in the first minute");
        }
    }

    private static String statuses(CompletableFuture<List<HttpResponse<String>>> done) {
        return done.join().stream().map(answer -> answer.statusCode() + " " + answer.body().substring(0, Math.min(200, answer.body().length())))
                .toList().toString();
    }

    private static List<HttpResponse<String>> reports(Browser browser, List<String> urls) {
        try {
            return SessionCalls.parallelJson(browser, urls);
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }
}
