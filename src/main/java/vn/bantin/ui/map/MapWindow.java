package vn.bantin.ui.map;

import static vn.bantin.i18n.Texts.t;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import vn.bantin.ui.timeline.TimelineViewModel;

/**
 * The map in a window of its own (View › Map window), large enough to read a delta's provinces: the same choice,
 * counts and days as the sidebar, in the main window's theme. Made once and shown again after it is closed.
 */
public final class MapWindow {
    private final Stage stage = new Stage();

    public MapWindow(Stage owner, MapViewModel vm, TimelineViewModel timeline) {
        MapPane pane = new MapPane(vm, timeline);
        pane.setPadding(new javafx.geometry.Insets(10));
        // within the screen the main window is on: at 2x a 720-line screen is 720 points, not 1440
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        vn.bantin.ui.WindowBounds at = vn.bantin.ui.WindowBounds.fit(Double.NaN, Double.NaN, 760, 820, java.util.List.of(screen));
        Scene scene = new Scene(pane, at.width(), at.height());
        Scene main = owner.getScene();
        scene.getStylesheets().setAll(main.getStylesheets());
        // the theme is a style class on the main window's root: followed here as it changes
        Runnable theme = () -> {
            pane.getStyleClass().removeAll("dark", "light");
            main.getRoot().getStyleClass().stream().filter(c -> c.equals("dark") || c.equals("light")).forEach(pane.getStyleClass()::add);
        };
        theme.run();
        main.getRoot().getStyleClass().addListener((ListChangeListener<String>) c -> theme.run());
        stage.setScene(scene);
        stage.setWidth(at.width());
        stage.setHeight(at.height());
        stage.setX(at.x());
        stage.setY(at.y());
        stage.setTitle(t("map.window.title"));
        stage.initOwner(owner);
        stage.getIcons().setAll(owner.getIcons());
        // the main window's shortcuts (Ctrl+W, Ctrl+M) are not this window's: Esc closes it
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.hide();
            }
        });
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
