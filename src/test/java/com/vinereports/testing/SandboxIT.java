package com.vinereports.testing;

import com.vinereports.sandbox.FilevineSimulator;
import com.vinereports.sandbox.Sandbox;
import com.vinereports.sandbox.SeedData;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An integration test against the local Filevine sandbox (its OpenID provider and the API simulator), started
 * before the class's first test and stopped after its last, with the firm the class names ({@link SandboxFirm}).
 * The app outlives it: the next class's sandbox signs with the same key and serves the same ports.
 */
@ExtendWith(SandboxIT.PerClass.class)
public abstract class SandboxIT extends AppIT {

    protected static Sandbox sandbox;

    /** Starts the sandbox for the test class (after the app's deployment: registered after Arquillian's). */
    static final class PerClass implements BeforeAllCallback, AfterAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) throws Exception {
            SandboxFirm named = context.getRequiredTestClass().getAnnotation(SandboxFirm.class);
            SeedData.Firm firm = named == null ? SeedData.DEMO : SeedData.firm(named.hartley(), named.rivera());
            sandbox = Sandbox.start(Integer.getInteger("it.provider.port"), Integer.getInteger("it.api.port"), firm);
        }

        @Override
        public void afterAll(ExtensionContext context) {
            if (sandbox != null) {
                sandbox.close();
                sandbox = null;
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
}
