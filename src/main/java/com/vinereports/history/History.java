package com.vinereports.history;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The history database as the app uses it: opened (and migrated) by a worker, first right after start-up. Pages
 * only ever use it if it is open; while it cannot be opened every use gets "unavailable" at once, and the workers
 * try again at most once a minute: a database that is down never holds up a report or a page.
 */
@ApplicationScoped
public class History {

    private static final Logger LOG = Logger.getLogger(History.class.getName());
    private static final long RETRY_NANOS = 60_000_000_000L;
    static final long PAUSE_SECONDS = 15;

    @Inject
    @ConfigProperty(name = "vine.db.url", defaultValue = " ")
    String url;

    @Inject
    @ConfigProperty(name = "vine.db.user", defaultValue = "vine")
    String user;

    @Inject
    @ConfigProperty(name = "vine.db.password", defaultValue = " ")
    String password;

    @Inject
    @ConfigProperty(name = "vine.data-dir", defaultValue = "vine-data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "vine.db.pool-size", defaultValue = "4")
    int poolSize;

    private final OncePerMinute warnings = new OncePerMinute(LOG, System::nanoTime);
    private volatile HistoryStore store;
    private volatile long pausedUntil = Long.MIN_VALUE;
    private HistoryDatabase database;
    private long nextAttempt = Long.MIN_VALUE;

    /**
     * For the workers (the recorder, the daily upkeep): the store, opening the database if it is not open and a
     * minute has passed since the last failed attempt. An attempt can take the driver's time-out: never on a page.
     */
    public synchronized Optional<HistoryStore> store() {
        long now = System.nanoTime();
        if (paused(now)) {
            return Optional.empty();
        }
        if (store != null) {
            return Optional.of(store);
        }
        if (nextAttempt != Long.MIN_VALUE && now - nextAttempt < 0) {
            return Optional.empty();
        }
        try {
            database = HistoryDatabase.open(jdbcUrl(), user, password.isBlank() ? "" : password, poolSize);
            store = new HistoryStore(database);
            LOG.info(() -> "History database open: " + describe(jdbcUrl()));
            return Optional.of(store);
        } catch (RuntimeException failure) {
            nextAttempt = now + RETRY_NANOS;
            warnings.warn("History database unavailable (" + describe(jdbcUrl()) + "), retried in a minute", failure);
            return Optional.empty();
        }
    }

    /** For pages and the API: the store if the database is open, at once; never an attempt to open it. */
    public Optional<HistoryStore> storeIfOpen() {
        return paused(System.nanoTime()) ? Optional.empty() : Optional.ofNullable(store);
    }

    private boolean paused(long now) {
        long until = pausedUntil;
        return until != Long.MIN_VALUE && now - until < 0;
    }

    /**
     * A use failed for the database's sake: logged once a minute, and for {@value #PAUSE_SECONDS} s the history is
     * "unavailable" at once (a database that went away would otherwise cost each page the pool's time-out).
     */
    public void failed(String what, RuntimeException failure) {
        pausedUntil = System.nanoTime() + PAUSE_SECONDS * 1_000_000_000L;
        warnings.warn(what + " skipped, the history database failed", failure);
    }

    /** The setting, or an H2 file in the data directory (nothing to install for the demo and the tests). */
    String jdbcUrl() {
        if (!url.isBlank()) {
            return url.trim();
        }
        return "jdbc:h2:file:" + Path.of(dataDir).toAbsolutePath().resolve("history").toString().replace('\\', '/');
    }

    /** The URL without anything after its path: no password that someone put in the URL reaches the log. */
    static String describe(String jdbcUrl) {
        int end = jdbcUrl.length();
        for (char stop : new char[] {'?', ';'}) {
            int at = jdbcUrl.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return jdbcUrl.substring(0, end);
    }

    @PreDestroy
    synchronized void close() {
        if (database != null) {
            database.close();
        }
    }
}
