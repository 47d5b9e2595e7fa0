package com.vinereports.grid;

import com.vinereports.testing.Suites;
import org.junit.jupiter.api.Tag;

/**
 * The failover scenarios on two WildFly nodes behind HAProxy (failsafe execution "wildfly-cluster"): the same WAR,
 * its distributable sessions kept by WildFly's Infinispan. The app's own state (report results, the call budget, the
 * tokens' shared copy) stays on each node there ({@code LocalGrid}): what carries the session to the other node is
 * the server's session replication alone, including the refresh token a refresh has just rotated.
 */
@Tag(Suites.WILDFLY_CLUSTER)
class WildFlyFailoverIT extends FailoverScenarios {
}
