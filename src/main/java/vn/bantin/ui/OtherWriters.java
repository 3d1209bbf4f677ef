package vn.bantin.ui;

import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Watches the file for writes by anyone else (another window, the command line, another program) and tells the
 * window, so that its list and counts follow within a second without a click. The check is one PRAGMA on a
 * number SQLite keeps, a few microseconds, on a thread of its own so the window's worker pool stays free.
 */
final class OtherWriters implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(OtherWriters.class.getName());
    static final long EVERY_MS = 400;

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bantin-other-writers");
        t.setDaemon(true);
        return t;
    });
    private long last = Long.MIN_VALUE;

    /**
     * Starts watching: {@code onChange} runs on the window's thread after a write by someone else, at most once a
     * tick, and not while {@code busy} says the window is still working on the last one (a long import by the
     * command line commits every batch; the window follows it a tick at a time instead of queueing refreshes).
     */
    OtherWriters(Supplier<OptionalLong> version, Supplier<Boolean> busy, TaskRunner runner, Runnable onChange) {
        clock.scheduleWithFixedDelay(() -> {
            try {
                OptionalLong v = version.get();
                if (v.isEmpty() || v.getAsLong() == last) {
                    return;
                }
                boolean first = last == Long.MIN_VALUE;
                if (!first && busy.get()) {
                    return; // asked again next tick, with the same number still new
                }
                last = v.getAsLong();
                if (!first) {
                    runner.post(onChange);
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "watching the file for other writers failed", e);
            }
        }, 0, EVERY_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
