package com.vinereports.history;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Right after start-up, in the background: opens the history database (Flyway brings its schema up to date), then
 * deletes what is older than {@code vine.history-days}, and again every day.
 */
@ApplicationScoped
public class HistoryUpkeep {

    private static final Logger LOG = Logger.getLogger(HistoryUpkeep.class.getName());

    @Inject
    History history;

    @Inject
    @ConfigProperty(name = "vine.history-days", defaultValue = "730")
    int historyDays;

    @Resource
    ManagedScheduledExecutorService scheduler;

    Clock clock = Clock.systemDefaultZone();

    private ScheduledFuture<?> daily;

    void started(@Observes Startup startup) {
        daily = scheduler.scheduleWithFixedDelay(this::purge, 2, TimeUnit.DAYS.toSeconds(1), TimeUnit.SECONDS);
    }

    /** Deletes transitions and daily figures older than the retention; returns how many rows went. */
    int purge() {
        try {
            return history.store().map(store -> {
                int deleted = store.purge(LocalDate.now(clock).minusDays(historyDays));
                if (deleted > 0) {
                    LOG.info(() -> "History: " + deleted + " rows older than " + historyDays + " days deleted");
                }
                return deleted;
            }).orElse(0);
        } catch (RuntimeException failure) {
            history.failed("The daily purge", failure);
            return 0;
        }
    }

    @PreDestroy
    void stop() {
        if (daily != null) {
            daily.cancel(false);
        }
    }
}
