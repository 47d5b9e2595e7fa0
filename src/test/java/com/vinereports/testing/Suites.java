package com.vinereports.testing;

/**
 * The JUnit tags that pick an integration test's failsafe execution (pom.xml, {@code <groups>}): each execution
 * starts one app with its own settings and the servers its tests need. Every {@code *IT} class carries at least
 * one of these; {@code IntegrationTestTagsTest} fails the build for one that carries none, or a tag no execution
 * runs, so that a new test cannot silently run nowhere.
 */
public final class Suites {

    /** The local sandbox (its OpenID provider and the simulator), strict Filevine answers. */
    public static final String SANDBOX = "sandbox";
    /**
     * The sandbox's tests again, the sandbox answering list counts as totals and user types as numbers
     * ({@code *CountTotalIT}, carrying {@link #SANDBOX} too: they run in the sandbox execution, on Payara Micro).
     */
    public static final String COUNT_TOTAL = "count-total";
    /** A budget of 40 Filevine calls a minute. */
    public static final String CALL_BUDGET = "call-budget";
    /** The history's database down (nothing listens at its URL): runs in the call-budget execution's app. */
    public static final String HISTORY_DOWN = "history-down";
    /** panva oidc-provider: client secret, PKCE required, short tokens. */
    public static final String STRICT_PROVIDER = "strict-provider";
    /** Keycloak. */
    public static final String KEYCLOAK = "keycloak-provider";
    /** The provider that serves the relying-party test faults. */
    public static final String ADVERSARIAL = "adversarial-provider";
    /** No Filevine settings at all. */
    public static final String UNCONFIGURED = "unconfigured";
    /** Two Payara Micro nodes in one data grid behind HAProxy, the strict provider (failover). */
    public static final String CLUSTER = "cluster";
    /** The same two nodes with a call budget of 8 a minute for the whole cluster. */
    public static final String CLUSTER_BUDGET = "cluster-budget";
    /** Two WildFly nodes (Infinispan's distributable sessions) behind HAProxy, the strict provider (failover). */
    public static final String WILDFLY_CLUSTER = "wildfly-cluster";

    private Suites() {
    }
}
