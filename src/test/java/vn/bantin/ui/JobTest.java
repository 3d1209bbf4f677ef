package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The one model of long work the window shows (import, sync, re-read): progress, one at a time, Cancel. */
class JobTest {
    /** Work waits until the test lets it run, as on a worker thread; changes are posted like the app's. */
    static final class Later implements TaskRunner {
        final ArrayDeque<Runnable> queued = new ArrayDeque<>();
        final List<String> posted = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        @Override
        public void post(Runnable change) {
            posted.add("change");
            change.run();
        }
    }

    @Test
    void progressReachesTheWindowThroughTheRunnerAndASecondStartWaitsForTheFirstToEnd() {
        Later runner = new Later();
        Job job = new Job(runner);
        List<String> results = new ArrayList<>();
        assertThat(job.start("Importing…", c -> {
            c.progress(1, 4, "Importing 2 of 4");
            assertThat(job.progressProperty().get()).isEqualTo(0.25);
            assertThat(job.statusProperty().get()).isEqualTo("Importing 2 of 4");
            return "four pages";
        }, (r, cancelled) -> results.add(r + (cancelled ? " (cancelled)" : "")), e -> results.add("failed"))).isTrue();
        assertThat(job.runningProperty().get()).isTrue();
        assertThat(job.statusProperty().get()).isEqualTo("Importing…");
        assertThat(job.start("again", c -> "no", (r, x) -> results.add(r), e -> { })).as("one at a time").isFalse();
        runner.queued.poll().run();
        assertThat(runner.posted).hasSize(1);
        assertThat(results).containsExactly("four pages");
        assertThat(job.runningProperty().get()).isFalse();
    }

    @Test
    void cancellingIsSeenByTheWorkAndToldWithTheResult() {
        Later runner = new Later();
        Job job = new Job(runner);
        List<String> results = new ArrayList<>();
        job.start("Syncing…", c -> c.cancelled() ? "stopped early" : "all", (r, cancelled) -> results.add(r + " " + cancelled),
                e -> results.add("failed"));
        job.cancel();
        runner.queued.poll().run();
        assertThat(results).containsExactly("stopped early true");
        // a new run is not cancelled by the old Cancel
        job.start("Syncing…", c -> c.cancelled() ? "stopped early" : "all", (r, cancelled) -> results.add(r + " " + cancelled),
                e -> results.add("failed"));
        runner.queued.poll().run();
        assertThat(results).containsExactly("stopped early true", "all false");
    }

    @Test
    void aFailureEndsTheJobAndIsHandedOn() {
        Job job = new Job(TaskRunner.SAME_THREAD);
        List<String> failures = new ArrayList<>();
        job.start("Reading again…", c -> {
            throw new IllegalStateException("the disk is full");
        }, (r, x) -> { }, e -> failures.add(e.getMessage()));
        assertThat(failures).containsExactly("the disk is full");
        assertThat(job.runningProperty().get()).isFalse();
        assertThat(job.statusProperty().get()).isEmpty();
    }
}
