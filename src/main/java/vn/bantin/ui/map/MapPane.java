package vn.bantin.ui.map;

import static vn.bantin.i18n.Texts.t;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.bantin.ui.timeline.TimelineView;
import vn.bantin.ui.timeline.TimelineViewModel;

/**
 * The map with the days under it, as the sidebar and the map's own window show them. The outlines are read off the
 * window's thread the first time, once the list has shown its first page; until they are in, a spinner says the map
 * is on its way.
 */
public final class MapPane extends VBox {
    private MapView map;

    /** Told the map once it is drawn: an export asked for while the outlines were still being read. */
    private final java.util.List<java.util.function.Consumer<MapView>> afterDrawn = new java.util.ArrayList<>();

    public MapPane(MapViewModel vm, TimelineViewModel timeline) {
        setId("map-pane");
        getStyleClass().add("map-pane");
        setSpacing(6);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Label waiting = new Label(t("map.drawing"), spinner);
        waiting.setId("map-waiting");
        waiting.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        waiting.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        waiting.setAlignment(Pos.CENTER);
        VBox.setVgrow(waiting, Priority.ALWAYS);
        getChildren().add(waiting);
        vm.loadShapes(() -> draw(vm, timeline), e -> {
            spinner.setVisible(false);
            waiting.setText(t("map.failed", e.getMessage()));
        });
    }

    private void draw(MapViewModel vm, TimelineViewModel timeline) {
        map = new MapView(vm);
        VBox.setVgrow(map, Priority.ALWAYS);
        getChildren().setAll(map, new TimelineView(timeline));
        afterDrawn.forEach(w -> w.accept(map));
        afterDrawn.clear();
    }

    /** {@code then} with the map: at once if it is drawn, else when its outlines are in (on the window's thread). */
    public void whenDrawn(java.util.function.Consumer<MapView> then) {
        if (map != null) {
            then.accept(map);
        } else {
            afterDrawn.add(then);
        }
    }

    /** The map, once its outlines are in; null before. */
    public MapView map() {
        return map;
    }
}
