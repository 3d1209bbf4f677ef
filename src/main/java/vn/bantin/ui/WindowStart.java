package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import vn.bantin.ui.list.FirstPageView;

/**
 * How the window starts: the list's first page first, drawn as text in the panes' places with a style sheet of its
 * own (the theme's takes longer to read than the frame to draw), then the window built and put in its place. The
 * window's controls come a few hundred milliseconds later, when a reader has barely moved the mouse.
 */
public final class WindowStart {
    /** How long a start waits for its list's page before it shows the window without it. */
    public static final long FIRST_PAGE_WAIT_MS = 250;
    /**
     * Pulses a laid-out frame is given to reach the screen before the window's thread is taken up by the window.
     * Read back from the screen (bench --ui, Xvfb), the first frame showed three to four pulses after its layout. With
     * six, the headless screen of the tests (Monocle) missed the frame in 2 of 5 runs of BenchCommandTest, and in 3 of
     * 6 runs without the picture's snapshot. With ten it missed none in 4 runs. The window's controls come those 4
     * pulses (about 66 ms) later.
     */
    static final int PULSES_TO_THE_SCREEN = 10;
    /** The menu bar and the search bar above the panes, and the status bar below, at the theme's font size. */
    private static final double BARS = 90;
    private static final double STATUS = 30;
    /** The first frame's own style sheet; also in the key of its kept picture ({@link FirstPicture}). */
    static final String SHEET = "/css/first-frame.css";

    private WindowStart() {
    }

    /**
     * Puts the panes' places on the stage at once, the first page in them once {@code page} has been read, then builds
     * the window there. {@code page} completes with null when there is no page to draw in time (the window is built
     * without it), and exceptionally when the file did not open: then nothing more is done here, and the caller says
     * why. {@code painted} is told, on the window's thread, how many rows the first frame drew once they are laid
     * out; {@code model} is asked for the window's view model after that, and {@code built} gets the window once shown.
     */
    public static void open(Stage stage, Settings settings, CompletableFuture<FirstPage> page, Supplier<MainViewModel> model,
                            Browser browser, IntConsumer painted, Consumer<MainWindow> built) {
        open(stage, settings, page, Pictures.NONE, model, browser, painted, built);
    }

    /**
     * As above, with the pictures of the first page: the one kept by an earlier start, shown when this start would
     * draw the same, and the folder this start keeps its own in when it drew the page as text ({@link FirstPicture}).
     */
    public record Pictures(CompletableFuture<FirstPicture.Pixels> kept, Path folder) {
        static final Pictures NONE = new Pictures(CompletableFuture.completedFuture(null), null);
    }

    public static void open(Stage stage, Settings settings, CompletableFuture<FirstPage> page, Pictures pictures,
                            Supplier<MainViewModel> model, Browser browser, IntConsumer painted, Consumer<MainWindow> built) {
        Look look = look(settings);
        FirstPageView view = new FirstPageView(look.listWidth(), look.listHeight());
        stage.titleProperty().unbind(); // a stage a window had before (the tests reuse theirs)
        stage.setTitle(title(null));
        Scene scene = put(stage, frame(view, look.bounds().width(), look.dividers(), look.dark()), look.bounds(), SHEET);
        Runnable window = () -> build(stage, settings, model, browser, built);
        // the window shows at once as the panes' places, and the page is made on a thread of their own meanwhile:
        // making the native window takes about as long as making the page's rows, or as reading the page
        CompletableFuture<Made> rows = page.thenApplyAsync(p -> p == null ? null : made(view, p, look, pictures.kept()),
                WindowStart::offThread);
        stage.show();
        BiConsumer<Made, Throwable> fill = (made, failed) -> {
            if (failed == null && made == null) {
                window.run();
            } else if (failed == null) {
                stage.setTitle(title(page.join().header()));
                // a page drawn as text is kept as it was drawn, once on the screen, for the next start
                Runnable then = made.pictured() || pictures.folder() == null ? window : () -> {
                    keep(view, look, made.key(), pictures.folder());
                    window.run();
                };
                afterLayout(scene, view.show(made.rows()), painted, then);
            } // a file that did not open: the caller says why
        };
        if (rows.isDone()) {
            // made while the window was shown: in its first frame
            rows.handle((made, failed) -> {
                fill.accept(made, failed);
                return null;
            });
        } else {
            rows.whenComplete((made, failed) -> Platform.runLater(() -> fill.accept(made, failed)));
        }
    }

    /** The first page as the frame shows it, the key of what it draws, and whether it is the picture of an earlier start. */
    private record Made(FirstPageView.Rows rows, String key, boolean pictured) {
    }

    /** The page's rows, or their picture kept by an earlier start when it was drawn from the same. */
    private static Made made(FirstPageView view, FirstPage page, Look look, CompletableFuture<FirstPicture.Pixels> kept) {
        String key = look.key(view, page);
        FirstPicture.Pixels picture = kept.exceptionally(e -> null).join();
        if (picture != null && picture.key().equals(key)) {
            return new Made(FirstPageView.picture(FirstPicture.image(picture), picture.width() / look.scale(),
                    picture.height() / look.scale(), view.drawn(page.rows().size())), key, true);
        }
        return new Made(view.rows(page.header(), page.rows(), page::provinceName, page::isSample), key, false);
    }

    private static void offThread(Runnable work) {
        Thread t = new Thread(work, "bantin-first-page");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The list pane as this start drew it, taken on the window's thread once it has reached the screen and written on
     * a thread of its own: the very pixels of the page drawn as text, at the screen's scale.
     */
    private static void keep(FirstPageView view, Look look, String key, Path folder) {
        javafx.scene.SnapshotParameters at = new javafx.scene.SnapshotParameters();
        at.setTransform(javafx.scene.transform.Transform.scale(look.scale(), look.scale()));
        javafx.scene.image.WritableImage drawn = view.snapshot(at, null);
        offThread(() -> FirstPicture.write(folder, key, drawn));
    }

    /** What the first frame is drawn at: the window's size and panes, the theme, and the screen's scale there. */
    private record Look(WindowBounds bounds, double[] dividers, boolean dark, double scale) {
        double listWidth() {
            return WindowStart.listWidth(bounds.width(), dividers);
        }

        double listHeight() {
            return bounds.height() - BARS - STATUS;
        }

        String key(FirstPageView view, FirstPage page) {
            javafx.scene.text.Font font = javafx.scene.text.Font.getDefault();
            return FirstPicture.key(view.drawing(page.header(), page.rows(), page::provinceName, page::isSample), dark, scale,
                    font.getName() + " " + font.getSize());
        }
    }

    private static Look look(Settings settings) {
        WindowBounds bounds = bounds(settings);
        javafx.geometry.Rectangle2D at = new javafx.geometry.Rectangle2D(Double.isNaN(bounds.x()) ? 0 : bounds.x(),
                Double.isNaN(bounds.y()) ? 0 : bounds.y(), bounds.width(), bounds.height());
        double scale = javafx.stage.Screen.getScreensForRectangle(at).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getOutputScaleX();
        return new Look(bounds, dividers(settings), Theme.isDark(settings.text("theme", "system")), scale);
    }

    /**
     * Once the rows are laid out and the frame has had time to reach the screen, {@code painted} is told how many
     * rows it drew, and the window is built. The window's thread stays free meanwhile: built at once behind the
     * layout, the window kept the frame from ever being drawn.
     */
    private static void afterLayout(Scene scene, int rows, IntConsumer painted, Runnable window) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                new AnimationTimer() {
                    private int pulses;

                    @Override
                    public void handle(long now) {
                        if (++pulses >= PULSES_TO_THE_SCREEN) {
                            stop();
                            Platform.runLater(() -> {
                                painted.accept(rows);
                                window.run();
                            });
                        }
                    }
                }.start();
            }
        });
    }

    private static void build(Stage stage, Settings settings, Supplier<MainViewModel> model, Browser browser,
                              Consumer<MainWindow> built) {
        Theme.useSaved(settings); // before the first control, which would read JavaFX's own sheet otherwise
        MainWindow window = new MainWindow(model.get(), settings, browser);
        window.show(stage);
        built.accept(window);
    }

    /** A scene of {@code root} with the style {@code sheet}, set on the stage at the window's size and place. */
    static Scene put(Stage stage, javafx.scene.Parent root, WindowBounds bounds, String sheet) {
        Scene scene = new Scene(root, bounds.width(), bounds.height());
        scene.getStylesheets().add(WindowStart.class.getResource(sheet).toExternalForm());
        stage.setScene(scene);
        // the outer size, title bar included, is what must fit
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        return scene;
    }

    /** The window's title says what the list shows, as its header does. */
    static String title(String header) {
        return header == null || header.isEmpty() ? "Bantin" : t("window.title", header);
    }

    /** The panes' places as the window has them: the bars, the sidebar's background, the page, the reading pane. */
    private static BorderPane frame(FirstPageView page, double width, double[] dividers, boolean dark) {
        BorderPane root = new BorderPane();
        root.getStyleClass().addAll("first-frame", dark ? "dark" : "light");
        Region bars = new Region();
        bars.getStyleClass().add("first-frame-bars");
        bars.setPrefHeight(BARS);
        Region sidebar = new Region();
        sidebar.getStyleClass().add("first-frame-sidebar");
        sidebar.setPrefWidth(width * dividers[0]);
        page.setPrefWidth(listWidth(width, dividers));
        Region reading = new Region();
        HBox.setHgrow(reading, Priority.ALWAYS);
        Region status = new Region();
        status.getStyleClass().add("first-frame-status");
        status.setPrefHeight(STATUS);
        root.setTop(bars);
        HBox panes = new HBox(sidebar, page, reading);
        panes.setMinHeight(0);
        root.setCenter(panes);
        root.setBottom(status);
        return root;
    }

    private static double listWidth(double width, double[] dividers) {
        return width * (dividers[1] - dividers[0]);
    }

    /** What the reader last chose to see restored, and the list's first page asked for. */
    static void begin(MainViewModel vm, Settings settings) {
        SavedView saved = SavedView.of(settings, vm.gazetteer());
        vm.provinces().restore(saved.choice());
        vm.groupStoriesProperty().set(saved.grouped());
        vm.oldestFirstProperty().set(saved.oldestFirst());
        vm.refresh();
    }

    /** The size and place the window had, fitted to the screens there are now. */
    static WindowBounds bounds(Settings settings) {
        return WindowBounds.fit(settings.number("window.x", Double.NaN), settings.number("window.y", Double.NaN),
                settings.number("window.width", 1280), settings.number("window.height", 800),
                javafx.stage.Screen.getScreens().stream().sorted((a, b) -> a == javafx.stage.Screen.getPrimary() ? -1
                        : b == javafx.stage.Screen.getPrimary() ? 1 : 0).map(javafx.stage.Screen::getVisualBounds).toList());
    }

    /** Where the panes were divided, as fractions of the window's width. */
    static double[] dividers(Settings settings) {
        return new double[] {settings.number("split.0", 0.22), settings.number("split.1", 0.58)};
    }
}
