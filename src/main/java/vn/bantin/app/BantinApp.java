package vn.bantin.app;

import static vn.bantin.i18n.Texts.t;

import vn.bantin.app.bench.UiBench;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import vn.bantin.data.StoreException;
import vn.bantin.ui.FxTaskRunner;
import vn.bantin.ui.MainViewModel;
import vn.bantin.ui.MainWindow;
import vn.bantin.ui.Services;
import vn.bantin.ui.Settings;

/** The reader window. {@code --db FILE} opens another database than the embedded default. */
public final class BantinApp extends Application {
    private AppContext context;
    private StoreException openError;
    private FxTaskRunner runner;
    private MainWindow window;
    private Settings settings;
    private Thread warmup;
    private java.util.concurrent.CompletableFuture<List<javafx.scene.image.Image>> icons;

    /** The file being opened beside the toolkit's start, by {@link #main}; null when JavaFX launched us itself. */
    private static volatile java.util.concurrent.CompletableFuture<AppContext> opening;
    /** When the first frame drew the list's rows (ms since the process started), or -1. */
    private long firstPaintMs = -1;

    public static void main(String[] args) {
        // the database opens on a thread of its own while JavaFX starts: the two take about as long, on two cores
        opening = openBeside(List.of(args));
        launch(BantinApp.class, args);
    }

    private static java.util.concurrent.CompletableFuture<AppContext> openBeside(List<String> args) {
        java.util.concurrent.CompletableFuture<AppContext> f = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                NativeSqlite.prepare();
                int i = args.indexOf("--db");
                f.complete(i >= 0 && i + 1 < args.size() ? AppContext.open(Path.of(args.get(i + 1))) : AppContext.openDefault());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "bantin-open");
        t.start();
        return f;
    }

    /** Runs on the launcher thread, before the window: opening (and on first run, filling) the database. */
    @Override
    public void init() {
        settings = new Settings(AppPaths.settingsFile());
        vn.bantin.i18n.Texts.use(vn.bantin.i18n.Texts.fromSetting(settings.text("language", "system")));
        // both run beside the file's opening: the theme's style sheet is read on the window's thread, idle until
        // start(), and the fonts and the language's tables on a thread of their own
        vn.bantin.ui.Theme.useSaved(settings);
        warmup = vn.bantin.ui.Warmup.start();
        icons = java.util.concurrent.CompletableFuture.supplyAsync(BantinApp::icons);
        java.util.concurrent.CompletableFuture<AppContext> f = opening != null ? opening : openBeside(getParameters().getRaw());
        try {
            context = f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof StoreException store) {
                openError = store;
            } else if (e.getCause() instanceof RuntimeException r) {
                throw r;
            } else {
                throw e;
            }
        }
    }

    @Override
    public void start(Stage stage) {
        if (openError != null) {
            Alert alert = new Alert(Alert.AlertType.ERROR, openError.getMessage(), vn.bantin.ui.Buttons.close());
            alert.setTitle(t("app.cannotOpen"));
            alert.setHeaderText(t("app.cannotOpen"));
            alert.showAndWait();
            Platform.exit();
            return;
        }
        runner = new FxTaskRunner();
        Services services = context.services(runner);
        MainViewModel vm = new MainViewModel(services);
        try {
            warmup.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stage.getIcons().addAll(icons.join());
        vn.bantin.ui.WindowStart.open(stage, vm, settings, this::browse, rows -> {
            if (rows > 0) {
                firstPaintMs = UiBench.sinceStart();
            }
        }, built -> {
            window = built;
            started(stage);
        });
    }

    /** The window is built and shown in place of the first page. */
    private void started(Stage stage) {
        onLanguage(stage);
        // a property for a java command line; the environment for launchers that take no JVM options (mvn javafx:run)
        String benchProvince = System.getProperty(UiBench.PROPERTY);
        if (benchProvince != null) {
            afterFirstPaint(stage, ms -> UiBench.measure(stage, window, firstPaint(ms), ms, benchProvince));
        } else if (System.getProperty(vn.bantin.app.bench.MapBench.PROPERTY) != null) {
            afterFirstPaint(stage, ms -> vn.bantin.app.bench.MapBench.measure(stage, window, firstPaint(ms), ms));
        } else if (System.getProperty(vn.bantin.app.bench.ExportUiBench.PROPERTY) != null) {
            afterFirstPaint(stage, ms -> vn.bantin.app.bench.ExportUiBench.measure(stage, window, firstPaint(ms)));
        } else if (Boolean.getBoolean("bantin.exitAfterFirstPaint") || "1".equals(System.getenv("BANTIN_EXIT_AFTER_FIRST_PAINT"))) {
            // it exits once the window's controls are drawn too: the installer's class-data run must load their classes
            afterFirstPaint(stage, ms -> {
                System.out.println("first painted list after " + firstPaint(ms) + " ms; the window's controls after " + ms + " ms");
                Platform.exit();
            });
        }
        List<String> args = getParameters().getRaw();
        int open = args.indexOf("--open");
        if (open >= 0 && open + 1 < args.size()) {
            Path file = Path.of(args.get(open + 1));
            if (file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".opml")) {
                window.viewModel().feeds().importOpml(file);
            } else {
                window.viewModel().importPaths(List.of(file));
            }
        }
        List<Path> backups = context.backups();
        window.restores().offerUpgradeCopy(backups.isEmpty() ? null : backups.get(0), this::restore);
        window.restores().setRestoreFrom(this::restoreChosen);
        about();
    }

    /** The window's icon in the sizes desktops ask for, decoded off the window's thread. */
    private static List<javafx.scene.image.Image> icons() {
        List<javafx.scene.image.Image> all = new java.util.ArrayList<>();
        for (int size : new int[] {32, 64, 256}) {
            var icon = BantinApp.class.getResourceAsStream("/icons/bantin-" + size + ".png");
            if (icon != null) {
                all.add(new javafx.scene.image.Image(icon));
            }
        }
        return all;
    }

    /** A language chosen in View › Language: the window built again in it takes this one's place. */
    private void onLanguage(Stage stage) {
        window.setOnReopened(next -> {
            window = next;
            List<Path> backups = context.backups();
            window.restores().offerUpgradeCopy(backups.isEmpty() ? null : backups.get(0), this::restore);
            window.restores().setRestoreFrom(this::restoreChosen);
        });
    }

    private void about() {
        String version = BantinApp.class.getPackage().getImplementationVersion();
        window.setAbout(new vn.bantin.ui.AboutFacts(version, "MIT",
                AppPaths.dataDir().toAbsolutePath(), context.file().toAbsolutePath()));
    }

    /** The first frame's rows when it drew any, else the window's (a page slower than the start's wait). */
    private long firstPaint(long windowMs) {
        return firstPaintMs >= 0 ? firstPaintMs : windowMs;
    }

    /**
     * For timing a start (and for the installer's class-data training run): once the list shows its first rows
     * and a frame has been drawn, hands on how long it took since the process started.
     */
    private void afterFirstPaint(Stage stage, java.util.function.LongConsumer then) {
        java.util.function.Consumer<Object> done = x -> then.accept(UiBench.sinceStart());
        javafx.collections.ObservableList<?> items = window.viewModel().list().items();
        Runnable painted = () -> stage.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                // the pulse after the rows arrived is the one that paints them
                stage.getScene().removePostLayoutPulseListener(this);
                Platform.runLater(() -> done.accept(null));
            }
        });
        if (!items.isEmpty()) {
            painted.run();
            return;
        }
        items.addListener(new javafx.collections.ListChangeListener<Object>() {
            @Override
            public void onChanged(Change<?> c) {
                if (!items.isEmpty()) {
                    items.removeListener(this);
                    painted.run();
                }
            }
        });
    }

    /**
     * The desktop's opener where there is one we can ask (xdg-open on Linux, which fails to start when missing),
     * else the toolkit's, which says nothing when it fails.
     */
    private void browse(String url) throws java.io.IOException {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux")) {
            new ProcessBuilder("xdg-open", url).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } else {
            getHostServices().showDocument(url);
        }
    }

    /** A backup the reader chose: checked (off the window's thread) before the reader is asked, then put back. */
    private void restoreChosen(Path backup) {
        runner.run(() -> context.fileBackups().check(backup), c -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, t("restore.fromFile.text", c.file(), c.articles(), c.collections()),
                    vn.bantin.ui.Buttons.cancel(), vn.bantin.ui.Buttons.ok());
            ask.initOwner(window.stage());
            ask.setHeaderText(t("restore.fromFile.question"));
            ask.showAndWait().filter(vn.bantin.ui.Buttons::confirms).ifPresent(b -> restore(backup));
        }, e -> {
            Alert no = new Alert(Alert.AlertType.ERROR, e.getMessage(), vn.bantin.ui.Buttons.close());
            no.initOwner(window.stage());
            no.setHeaderText(null);
            no.show();
        });
    }

    private void restore(Path backup) {
        Path file = context.file();
        runner.close();
        context.close();
        context = null;
        window.root().setDisable(true);
        // a copy of a large file takes a while: not on the FX thread
        Thread copy = new Thread(() -> {
            String message;
            try {
                Path kept = AppContext.restore(file, backup);
                message = t("app.restored", file, backup, kept);
            } catch (java.io.IOException e) {
                message = t("app.restoreFailed", file, backup, e.getMessage());
            }
            String said = message;
            Platform.runLater(() -> {
                Alert done = new Alert(Alert.AlertType.INFORMATION, said, vn.bantin.ui.Buttons.close());
                done.setHeaderText(null);
                done.showAndWait();
                Platform.exit();
            });
        }, "bantin-restore");
        copy.start();
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
