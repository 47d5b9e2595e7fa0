package com.vinereports.testing.server;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link OneBootContainer} with Arquillian (META-INF/services). */
public class OneBootExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.service(DeployableContainer.class, OneBootContainer.class);
    }
}
