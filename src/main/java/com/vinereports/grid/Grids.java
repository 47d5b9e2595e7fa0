package com.vinereports.grid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the grid: the server's data grid where it offers one to the app (Payara binds its Hazelcast member at
 * {@value #PAYARA_GRID}), else this node's memory. {@code vine.grid=local} forces the latter.
 */
@ApplicationScoped
public class Grids {

    private static final Logger LOG = Logger.getLogger(Grids.class.getName());
    static final String PAYARA_GRID = "payara/Hazelcast";

    @Inject
    @ConfigProperty(name = "vine.grid", defaultValue = "auto")
    String choice;

    /** Bound of each map's entries per node (report results are the big ones: a few KB each). */
    @Inject
    @ConfigProperty(name = "vine.grid.max-entries", defaultValue = "20000")
    int maxEntries;

    @Produces
    @ApplicationScoped
    Grid grid() {
        Grid grid = "local".equals(choice) ? local() : serversGrid();
        LOG.log(Level.INFO, "Shared state (sessions'' tokens, report results, call budget) kept in {0}", grid.describe());
        return grid;
    }

    private Grid serversGrid() {
        Object instance;
        try {
            instance = new InitialContext().lookup(PAYARA_GRID);
        } catch (NamingException | RuntimeException none) {
            return local();
        }
        try {
            return new HazelcastGrid(instance, maxEntries);
        } catch (LinkageError | RuntimeException unusable) {
            LOG.log(Level.WARNING, "The server''s data grid cannot be used ({0}): this node keeps its own state",
                    unusable.toString());
            return local();
        }
    }

    private Grid local() {
        return new LocalGrid(maxEntries, Clock.systemUTC());
    }
}
