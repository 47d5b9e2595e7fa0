package com.vinereports.history;

import com.vinereports.filevine.ProjectRow;
import com.vinereports.reports.DashboardFigures;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps what the reports have read anyway, after they have answered (on a worker: a report never waits for the
 * database, and never fails for it). One recording per org at a time; a read that arrives while its org's recording
 * runs is skipped, the next read records it.
 */
@ApplicationScoped
public class HistoryRecorder {

    private static final Logger LOG = Logger.getLogger(HistoryRecorder.class.getName());

    @Inject
    History history;

    @Inject
    @ConfigProperty(name = "vine.history.record", defaultValue = "true")
    boolean enabled;

    @Resource
    ManagedExecutorService workers;

    Clock clock = Clock.systemDefaultZone();

    private final Set<Integer> recording = ConcurrentHashMap.newKeySet();

    /** The matters of {@code orgId} as a report just read them (any subset: each row is a whole observation). */
    public void sawMatters(int orgId, List<ProjectRow> matters) {
        if (!enabled || matters.isEmpty() || !recording.add(orgId)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        run("Recording the matters", () -> {
            try {
                history.store().ifPresent(store -> {
                    long started = System.nanoTime();
                    int kept = store.recordMatters(orgId, matters, today, HistoryRecorder::pause);
                    // A line when something changed (a few a day; the first look at an org keeps every matter).
                    Level level = kept > 0 ? Level.INFO : Level.FINE;
                    LOG.log(level, () -> "History of org " + orgId + ": " + kept + " changes among " + matters.size()
                            + " matters kept in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                });
            } finally {
                recording.remove(orgId);
            }
        }, () -> recording.remove(orgId));
    }

    /**
     * After each chunk written, a pause twice as long as the chunk took: the history is never urgent, and a big org's
     * first recording (every matter is new: 17 s for 50,000 in the app, BENCHMARKS.md P10) then takes at most a third of a core from the
     * pages being served meanwhile (pausing as long as the chunk: P2's next cold dashboard +16%; not pausing: +82%).
     */
    private static void pause(long chunkNanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(2 * chunkNanos);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("recording interrupted", stopping);
        }
    }

    /** The dashboard's figures as {@code userId} saw them today in {@code orgId}. */
    public void sawFigures(int orgId, int userId, DashboardFigures figures) {
        if (!enabled) {
            return;
        }
        run("Recording the day's figures", () -> history.store().ifPresent(store ->
                store.recordFigures(orgId, userId, figures.today(), figures, clock.instant(), false)), () -> {
        });
    }

    private void run(String what, Runnable work, Runnable refused) {
        try {
            workers.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException failure) {
                    history.failed(what, failure);
                }
            });
        } catch (RejectedExecutionException busy) {
            refused.run(); // the server's workers are all busy: this read goes unrecorded, the next one records
        }
    }
}
