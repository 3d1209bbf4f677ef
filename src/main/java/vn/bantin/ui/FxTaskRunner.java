package vn.bantin.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Work on background threads, results on the JavaFX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FxTaskRunner.class.getName());
    private final AtomicInteger n = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
        Thread t = new Thread(r, "bantin-worker-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /**
     * Answers and changes for the JavaFX thread, in the order they came. Each is also posted to the thread once; it
     * runs whichever takes it first, that post or {@link #awaitOnUiThread}.
     */
    private final LinkedBlockingQueue<Runnable> answers = new LinkedBlockingQueue<>();

    private final ExecutorService slow = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bantin-aside");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    @Override
    public TaskRunner aside() {
        FxTaskRunner outer = this;
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                outer.run(slow, work, onSuccess, onFailure);
            }

            @Override
            public void post(Runnable change) {
                outer.post(change);
            }
        };
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(pool, work, onSuccess, onFailure);
    }

    private <T> void run(ExecutorService on, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (on.isShutdown()) {
            // the window is closing: late refreshes have no one to show their answer to
            LOG.log(System.Logger.Level.DEBUG, "work after close dropped");
            return;
        }
        pending.incrementAndGet();
        on.execute(() -> {
            try {
                T result = work.call();
                hand(() -> done(() -> onSuccess.accept(result)));
            } catch (Exception | Error e) {
                if (!(e instanceof vn.bantin.data.ReadAbandonedException)) {
                    LOG.log(System.Logger.Level.WARNING, "background work failed", e);
                }
                hand(() -> done(() -> onFailure.accept(e)));
            }
        });
    }

    @Override
    public void post(Runnable change) {
        if (Platform.isFxApplicationThread()) {
            change.run();
        } else {
            hand(change);
        }
    }

    private void hand(Runnable r) {
        answers.add(r);
        Platform.runLater(() -> {
            Runnable next = answers.poll();
            if (next != null) {
                next.run();
            }
        });
    }

    /**
     * On the JavaFX thread: runs the answers as they come until {@code until} holds, for at most {@code maxMillis}.
     * The window waits so for its list's first page before it is first drawn (the page is asked for while the
     * window is built, and is usually in by then): the first frame then shows the list, with no second layout.
     */
    @Override
    public boolean awaitOnUiThread(BooleanSupplier until, long maxMillis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        while (!until.getAsBoolean()) {
            long left = end - System.nanoTime();
            Runnable next;
            try {
                next = left <= 0 ? null : answers.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (next == null) {
                return false;
            }
            try {
                next.run();
            } catch (RuntimeException | Error e) {
                // as the thread would have taken it from a posted runnable
                Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
            }
        }
        return true;
    }

    private void done(Runnable callback) {
        try {
            callback.run();
        } finally {
            pending.decrementAndGet();
        }
    }

    /** No work is waiting, running, or has an answer not yet handed back (work that answers starts after it). */
    public boolean idle() {
        return pending.get() == 0;
    }

    @Override
    public void close() {
        pool.shutdownNow();
        slow.shutdownNow();
    }
}
