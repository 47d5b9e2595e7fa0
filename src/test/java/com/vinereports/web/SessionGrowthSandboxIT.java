package com.vinereports.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.testing.Browser;
import com.vinereports.testing.SandboxIT;
import com.vinereports.testing.Suites;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A session does not grow with the pages its user views: the app keeps 10 pages back (their Faces state and their
 * view-scoped beans), and forgets what Mojarra would otherwise keep of every page ever viewed (ViewScopeLeftovers).
 * A working day is hundreds of pages; each of them would add to the session's heap and to every replication.
 */
@Tag(Suites.SANDBOX)
class SessionGrowthSandboxIT extends SandboxIT {

    private static final String PROFILE = BASE + "/app/profile.xhtml";

    @Test
    void aSessionWeighsTheSameAfter15PagesAndAfter55() throws Exception {
        try (Browser ben = signedIn("ben")) {
            for (int i = 0; i < 15; i++) { // more than the 10 pages kept: the session is as large as it gets
                assertEquals(200, ben.open(PROFILE).getWebResponse().getStatusCode());
            }
            long after15 = sessionBytes(ben);
            for (int i = 0; i < 40; i++) {
                assertEquals(200, ben.open(PROFILE).getWebResponse().getStatusCode());
            }
            long after55 = sessionBytes(ben);
            System.out.printf("Session size: %d bytes after 15 pages, %d after 55%n", after15, after55);
            assertTrue(after55 - after15 < 2_048, "40 more pages grew the session by " + (after55 - after15) + " bytes");
        }
    }

    private static long sessionBytes(Browser browser) throws Exception {
        return ((Number) json(browser, "/api/v1/session").get("sessionBytes")).longValue();
    }
}
