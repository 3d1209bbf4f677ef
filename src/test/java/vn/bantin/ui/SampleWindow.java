package vn.bantin.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import vn.bantin.app.AppContext;

/**
 * The window on a new file holding the sample articles, as a test of one flow opens it: the file opened off the FX
 * thread, as the app does in init() (the tests forbid SQL on the FX thread), its own settings file.
 */
final class SampleWindow implements AutoCloseable {
    private static int run;

    final AppContext ctx;
    final FxTaskRunner runner;
    final MainViewModel vm;
    final MainWindow window;
    private final Settings settings;
    private final Stage stage;

    private SampleWindow(AppContext ctx, FxTaskRunner runner, MainViewModel vm, MainWindow window, Settings settings, Stage stage) {
        this.settings = settings;
        this.stage = stage;
        this.ctx = ctx;
        this.runner = runner;
        this.vm = vm;
        this.window = window;
    }

    static synchronized SampleWindow show(Stage stage, Path dir, String name) {
        int n = ++run;
        Path file = dir.resolve(name + "-" + n + ".db");
        AppContext ctx = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            AppContext c = AppContext.open(file);
            c.importSamples();
            return c;
        }).join();
        FxTaskRunner runner = new FxTaskRunner();
        MainViewModel vm = new MainViewModel(ctx.services(runner));
        Settings settings = new Settings(dir.resolve(name + "-settings-" + n + ".properties"));
        MainWindow window = new MainWindow(vm, settings, url -> { });
        window.show(stage);
        return new SampleWindow(ctx, runner, vm, window, settings, stage);
    }

    /** Until every background task is done and its result drawn. */
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        RereadWindowTest.waitUntil(runner::idle);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void close() throws Exception {
        // the stage, not the window's scene: a window built again in another language has a scene of its own
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        runner.close();
        ctx.close();
        settings.flush(); // no write left to land in a folder being cleaned up
    }
}
