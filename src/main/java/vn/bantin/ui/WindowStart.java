package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import vn.bantin.ui.list.FirstPageView;

/**
 * How the window starts: the list's first page first, drawn as text in the panes' places (a frame that takes a
 * fifth of the window's styling and layout), then the window built and put in its place. The window's controls
 * come a few hundred milliseconds later, when a reader has barely moved the mouse.
 */
public final class WindowStart {
    /** How long a start waits for its list's page before it shows the window without it. */
    static final long FIRST_PAGE_WAIT_MS = 250;
    /** The menu bar and the search bar above the panes, and the status bar below, at the theme's font size. */
    private static final double BARS = 90;
    private static final double STATUS = 30;

    private WindowStart() {
    }

    /**
     * Shows the first page on the stage, then builds the window there. {@code painted} is told, on the window's
     * thread, how many rows the first frame drew, once it is laid out; {@code built} gets the window once shown.
     */
    public static void open(Stage stage, MainViewModel vm, Settings settings, Browser browser, IntConsumer painted,
                            Consumer<MainWindow> built) {
        begin(vm, settings);
        WindowBounds bounds = bounds(settings);
        vm.list().awaitPage(FIRST_PAGE_WAIT_MS);
        FirstPageView page = new FirstPageView(vm.headerProperty().get(), vm.list().items(), vm.provinces()::provinceName,
                vm.list()::isSample, listWidth(bounds.width(), dividers(settings)));
        stage.titleProperty().unbind(); // a stage a window had before (the tests reuse theirs)
        stage.setTitle(title(vm.headerProperty().get()));
        Scene scene = put(stage, frame(page, bounds.width(), dividers(settings), Theme.isDark(settings.text("theme", "system"))),
                bounds);
        stage.show();
        int rows = page.rows();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> {
                    painted.accept(rows);
                    MainWindow window = new MainWindow(vm, settings, browser, false);
                    window.show(stage);
                    built.accept(window);
                });
            }
        });
    }

    /** A scene of {@code root} with Bantin's style sheet, set on the stage at the window's size and place. */
    static Scene put(Stage stage, javafx.scene.Parent root, WindowBounds bounds) {
        Scene scene = new Scene(root, bounds.width(), bounds.height());
        scene.getStylesheets().add(WindowStart.class.getResource("/css/bantin.css").toExternalForm());
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
        sidebar.getStyleClass().add("sidebar-slot");
        sidebar.setPrefWidth(width * dividers[0]);
        page.setPrefWidth(listWidth(width, dividers));
        Region reading = new Region();
        HBox.setHgrow(reading, Priority.ALWAYS);
        Region status = new Region();
        status.getStyleClass().add("status-bar");
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
        vm.provinces().restore(settings.text("provinces.mode", ""), settings.text("sidebar.special", "ALL"),
                settings.text("sidebar.selected", ""));
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
