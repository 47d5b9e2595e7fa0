package com.vinereports.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.sandbox.Sandbox;
import com.vinereports.sandbox.SandboxLogin;
import com.vinereports.sandbox.SeedData;
import java.util.Map;
import org.htmlunit.WebResponse;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An integration test against the local Filevine sandbox (its OpenID provider and the API simulator), started
 * before the class's first test and stopped after its last, with the firm the class names ({@link SandboxFirm}) and
 * the reading of Filevine's description it asks for ({@link CountTotalWire}).
 * The app outlives it: the next class's sandbox signs with the same key and serves the same ports.
 */
@ExtendWith(SandboxIT.PerClass.class)
public abstract class SandboxIT extends AppIT {

    protected static Sandbox sandbox;

    /** Starts the sandbox for the test class (after the app's deployment: registered after Arquillian's). */
    static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        private static final long POOL_RECHECK_MILLIS = 2_500;

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            SandboxFirm named = context.getRequiredTestClass().getAnnotation(SandboxFirm.class);
            SeedData.Firm firm = named == null ? SeedData.DEMO : SeedData.firm(named.hartley(), named.rivera());
            sandbox = Sandbox.start(Integer.getInteger("it.provider.port"), Integer.getInteger("it.api.port"), firm);
            if (context.getRequiredTestClass().isAnnotationPresent(CountTotalWire.class)) {
                sandbox.api().countIsTotal(true);
                sandbox.api().userTypeAsNumber(true);
            }
        }

        @Override
        public void afterAll(ExtensionContext context) throws InterruptedException {
            if (sandbox != null) {
                sandbox.close();
                sandbox = null;
                if ("wildfly".equals(System.getProperty("it.server"))) {
                    // WildFly's REST client (Apache HttpClient) re-checks a pooled connection only once it has been
                    // unused for 2 s: the next class's calls would otherwise go out on the closed sandbox's
                    // connections and find no answer. (Filevine does not vanish between two calls like this.)
                    Thread.sleep(POOL_RECHECK_MILLIS);
                }
            }
        }
    }

    protected static FilevineSimulator api() {
        return sandbox.api();
    }

    /** A browser-like client that checks every page it gets for the tokens the simulator has accepted. */
    protected static Browser browser() {
        return new Browser(() -> api().acceptedTokens());
    }

    /** Such a client, signed in at the sandbox's provider as {@code user} (a one-org user: no org picker). */
    protected static Browser signedIn(String user) throws Exception {
        Browser browser = browser();
        SandboxLogin.signIn(browser.open(BASE + "/app/profile.xhtml"), user);
        return browser;
    }

    /** {@code GET path} as JSON: must answer 200 (the body is in the failure message). */
    protected static Map<String, Object> json(Browser browser, String path) throws Exception {
        WebResponse answer = browser.send("GET", BASE + path, Map.of("Accept", "application/json"), null);
        assertEquals(200, answer.getStatusCode(), path + ": " + answer.getContentAsString());
        return JSONObjectUtils.parse(answer.getContentAsString());
    }
}
