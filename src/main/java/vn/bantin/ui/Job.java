package vn.bantin.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One kind of long work the reader watches (an import, a sync, a re-read): whether it runs, its progress, a status
 * line, and Cancel. One at a time; the work runs on the runner, and its progress reaches the properties through
 * the runner too, so tests with a same-thread runner take the app's path.
 */
public final class Job {
    /** What the work sees of its job: where to say how far it got, and whether the reader cancelled. */
    public interface Control {
        /** {@code done} of {@code total} (total 0 or less: not known yet), and the status line to show. */
        void progress(int done, int total, String status);

        boolean cancelled();
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Control control) throws Exception;
    }

    private final TaskRunner runner;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty status = new SimpleStringProperty("");
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    public Job(TaskRunner runner) {
        this.runner = runner;
    }

    /**
     * Starts the work unless this job runs already (then false). {@code done} gets the result and whether it was
     * cancelled, {@code failed} what went wrong; both on the UI thread, after the job stopped running.
     */
    public <T> boolean start(String starting, Work<T> work, java.util.function.BiConsumer<T, Boolean> done,
                             Consumer<Throwable> failed) {
        if (running.get()) {
            return false;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        running.set(true);
        progress.set(-1);
        status.set(starting);
        Control control = new Control() {
            @Override
            public void progress(int doneSoFar, int total, String line) {
                runner.post(() -> {
                    if (running.get() && cancel == stop) {
                        progress.set(total > 0 ? Math.min(1, doneSoFar / (double) total) : -1);
                        status.set(line);
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        runner.run(() -> work.run(control), result -> {
            running.set(false);
            done.accept(result, stop.get());
        }, e -> {
            running.set(false);
            status.set("");
            failed.accept(e);
        });
        return true;
    }

    public void cancel() {
        cancel.set(true);
    }

    /** The status line the job ends with (or any line between runs: a subscription's result). */
    public void say(String line) {
        status.set(line);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0 to 1, or -1 while the total is not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The import layer's progress callback, told to a job: {@code line} words how far it got. */
    public static vn.bantin.ingest.ImportService.Progress importProgress(Control c,
                                                                       java.util.function.BiFunction<Integer, Integer, String> line) {
        return new vn.bantin.ingest.ImportService.Progress() {
            @Override
            public void update(int done, int total, String current) {
                if (total > 0) {
                    c.progress(done, total, line.apply(done, total));
                }
            }

            @Override
            public boolean cancelled() {
                return c.cancelled();
            }
        };
    }
}
