package vn.bantin.app;

import static vn.bantin.i18n.Texts.t;

import vn.bantin.app.bench.UiBench;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import vn.bantin.data.StoreException;
import vn.bantin.ui.FirstPage;
import vn.bantin.ui.FirstPicture;
import vn.bantin.ui.FxTaskRunner;
import vn.bantin.ui.MainViewModel;
import vn.bantin.ui.MainWindow;
import vn.bantin.ui.Settings;
import vn.bantin.ui.WindowStart;

/** The reader window. {@code --db FILE} opens another database than the embedded default. */
public final class BantinApp extends Application {
    private static final System.Logger LOG = System.getLogger(BantinApp.class.getName());

    private AppContext context;
    private FxTaskRunner runner;
    private MainWindow window;
    private Settings settings;

    /** Opened by {@link #main} beside the toolkit's start; null when JavaFX launched us itself (the tests). */
    private static volatile Opening launched;
    private Opening opening;
    /** When the first frame drew the list's rows (ms since the process started), or -1. */
    private long firstPaintMs = -1;
    /** For the benches: whether the first frame showed the page's picture kept by an earlier start. */
    private boolean firstPaintPictured;
    /** For the benches: when the list's text was first on the screen, read back from it; else always -1. */
    private java.util.function.LongSupplier firstSeenMs = () -> -1;

    /**
     * What a thread of its own reads while JavaFX starts, in this order: the settings, the file (opened, and on first
     * run filled with the samples), and the list's first page as the reader left it. On two cores the thread is done
     * about when the toolkit is up.
     */
    private record Opening(CompletableFuture<Settings> settings, CompletableFuture<AppContext> context,
                           CompletableFuture<FirstPage> page, CompletableFuture<FirstPicture.Pixels> picture) {
    }

    public static void main(String[] args) {
        launched = openBeside(List.of(args));
        launch(BantinApp.class, args);
    }

    private static Opening openBeside(List<String> args) {
        Opening o = new Opening(new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>(),
                new CompletableFuture<>());
        // the page's picture kept by an earlier start is read beside the file, to be shown if the page is the same
        Thread picture = new Thread(() -> {
            try {
                o.picture().complete(FirstPicture.read(AppPaths.dataDir()));
            } catch (RuntimeException e) {
                o.picture().complete(null); // the page is drawn as text
            }
        }, "bantin-picture");
        picture.setDaemon(true);
        picture.start();
        Thread t = new Thread(() -> {
            Settings settings;
            AppContext context;
            try {
                settings = new Settings(AppPaths.settingsFile());
                o.settings().complete(settings);
                NativeSqlite.prepare();
                int i = args.indexOf("--db");
                context = i >= 0 && i + 1 < args.size() ? AppContext.open(Path.of(args.get(i + 1))) : AppContext.openDefault();
            } catch (Throwable e) {
                o.settings().completeExceptionally(e);
                o.context().completeExceptionally(e);
                o.page().completeExceptionally(e);
                return;
            }
            o.context().complete(context);
            // a page slower than this is left to the window, which is built meanwhile and reads its own
            o.page().completeOnTimeout(null, WindowStart.FIRST_PAGE_WAIT_MS, TimeUnit.MILLISECONDS);
            try {
                o.page().complete(FirstPage.read(context.reading(), context.gazetteer(), settings));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the list's first page is left to the window: " + e.getMessage(), e);
                o.page().complete(null);
            }
        }, "bantin-open");
        t.start();
        return o;
    }

    /** Runs on the launcher thread while the file opens: the settings, the language, the theme. */
    @Override
    public void init() {
        opening = launched != null ? launched : openBeside(getParameters().getRaw());
        launched = null; // another launch in this process opens its own
        try {
            settings = opening.settings().join();
        } catch (CompletionException e) {
            // the file's opening failed before the settings were read: the window says why once it is up
            settings = new Settings(AppPaths.settingsFile());
        }
        vn.bantin.i18n.Texts.use(vn.bantin.i18n.Texts.fromSetting(settings.text("language", "system")));
        // the text's fonts load on a thread of their own beside the file's opening; the theme's style sheet is read
        // once the first frame is drawn, which does without it (WindowStart)
        vn.bantin.ui.Warmup.fonts();
    }

    @Override
    public void start(Stage stage) {
        runner = new FxTaskRunner();
        if (System.getProperty(UiBench.PROPERTY) != null || System.getProperty(vn.bantin.app.bench.MapBench.PROPERTY) != null
                || System.getProperty(vn.bantin.app.bench.ExportUiBench.PROPERTY) != null) {
            firstSeenMs = UiBench.watchList(stage);
        }
        opening.context().whenComplete((c, failed) -> {
            if (failed != null) {
                Platform.runLater(() -> cannotOpen(stage, failed instanceof CompletionException w ? w.getCause() : failed));
            }
        });
        WindowStart.open(stage, settings, opening.page(), new WindowStart.Pictures(opening.picture(), AppPaths.dataDir()), () -> {
            // what the first frame did without, made beside the view models
            Thread warmup = vn.bantin.ui.Warmup.start();
            CompletableFuture<List<javafx.scene.image.Image>> icons = CompletableFuture.supplyAsync(BantinApp::icons);
            context = opening.context().join();
            MainViewModel vm = new MainViewModel(context.services(runner));
            try {
                warmup.join(5_000); // before the window's first control: nothing is loaded twice at once
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stage.getIcons().setAll(icons.join());
            return vm;
        }, this::browse, rows -> {
            if (rows > 0) {
                firstPaintMs = UiBench.sinceStart();
                firstPaintPictured = stage.getScene().lookup("#first-page") instanceof javafx.scene.Parent pane
                        && pane.getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof javafx.scene.image.ImageView);
            }
        }, built -> {
            window = built;
            started(stage);
        });
    }

    /** The file did not open: the reader is told why, and the app ends. */
    private void cannotOpen(Stage stage, Throwable why) {
        if (!(why instanceof StoreException)) {
            LOG.log(System.Logger.Level.ERROR, "cannot open the database", why); // a fault of ours, not of the file
        }
        stage.hide();
        vn.bantin.ui.Theme.useSaved(settings);
        String message = why instanceof StoreException ? why.getMessage() : String.valueOf(why);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, vn.bantin.ui.Buttons.close());
        alert.setTitle(t("app.cannotOpen"));
        alert.setHeaderText(t("app.cannotOpen"));
        alert.showAndWait();
        Platform.exit();
    }

    /** The window is built and shown in place of the first page. */
    private void started(Stage stage) {
        onLanguage(stage);
        // a property for a java command line; the environment for launchers that take no JVM options (mvn javafx:run)
        String benchProvince = System.getProperty(UiBench.PROPERTY);
        if (benchProvince != null) {
            afterFirstPaint(stage, ms -> UiBench.measure(stage, window, () -> firstPaint(ms), firstSeenMs, ms, benchProvince,
                    firstPaintPictured));
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

    /**
     * When the list was first on the screen as the benches saw it; else when the first frame drew its rows, or the
     * window when the first frame drew none (a page slower than the start's wait).
     */
    private long firstPaint(long windowMs) {
        long seen = firstSeenMs.getAsLong();
        return seen >= 0 ? seen : firstPaintMs >= 0 ? firstPaintMs : windowMs;
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
        // a window closed before it was built leaves the file opened for it
        AppContext c = context != null ? context
                : opening == null || opening.context().isCompletedExceptionally() ? null : opening.context().getNow(null);
        if (c != null) {
            c.close();
        }
    }
}
