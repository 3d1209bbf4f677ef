package vn.bantin.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where view models send database and import work: off the JavaFX thread in the app, on the calling thread in
 * tests. Results come back on the thread the UI reads them on.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Hands a state change from a worker to the thread the UI reads state on (at once on that thread). */
    void post(Runnable change);

    /**
     * Where long counts that may trail behind go (the days under the map: seconds at 1,000,000 articles), one at a
     * time, so that they never hold the workers the list and the sidebar's numbers wait for.
     */
    default TaskRunner aside() {
        return this;
    }

    /**
     * On the thread the UI reads state on: handles the answers of work already started until {@code until} holds or
     * {@code maxMillis} have passed; true if it holds. Runners that answer at once have nothing to wait for.
     */
    default boolean awaitOnUiThread(java.util.function.BooleanSupplier until, long maxMillis) {
        return until.getAsBoolean();
    }

    /** Runs everything at once on the caller's thread: for view model tests without the FX toolkit. */
    TaskRunner SAME_THREAD = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        @Override
        public void post(Runnable change) {
            change.run();
        }
    };
}
