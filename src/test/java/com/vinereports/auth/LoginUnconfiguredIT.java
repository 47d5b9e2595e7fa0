package com.vinereports.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vinereports.testing.Browser;
import com.vinereports.testing.AppIT;
import com.vinereports.testing.NoStackTrace;
import com.vinereports.testing.Suites;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The app started without its Filevine settings (failsafe execution "unconfigured"): it runs and says what is missing. */
@Tag(Suites.UNCONFIGURED)
class LoginUnconfiguredIT extends AppIT {


    @Test
    void theLandingPageNamesEveryMissingSetting() throws Exception {
        try (Browser browser = new Browser(java.util.Set::of)) {
            HtmlPage landing = browser.open(BASE + "/");
            assertEquals(200, landing.getWebResponse().getStatusCode());
            String problems = landing.getHtmlElementById("settings-problems").asNormalizedText();
            assertTrue(problems.contains("filevine.authority is missing"), problems);
            assertTrue(problems.contains("filevine.api-url is missing"), problems);
            assertTrue(problems.contains("filevine.client-id is missing"), problems);
            assertTrue(problems.contains("filevine.client-secret is missing"), problems);
            HtmlAnchor login = landing.getHtmlElementById("login");
            assertTrue(login.getAttribute("class").contains("disabled"));
        }
    }

    @Test
    void aProtectedPageExplainsThatLoginIsNotConfigured() throws Exception {
        try (Browser browser = new Browser(java.util.Set::of)) {
            HtmlPage page = browser.open(BASE + "/app/profile.xhtml");
            assertEquals(503, page.getWebResponse().getStatusCode());
            assertTrue(page.asNormalizedText().contains("Login is not configured yet"), page.asNormalizedText());
            NoStackTrace.assertNone(page);
        }
    }
}
