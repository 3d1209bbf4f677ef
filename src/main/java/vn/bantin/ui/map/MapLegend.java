package vn.bantin.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** The map's legend: a swatch and the counts it stands for, a line for each class on the scale in use. */
final class MapLegend extends VBox {
    /** The steps as drawn, so that the lines are made again only when their words change. */
    private List<MapViewModel.LegendStep> steps = List.of();

    MapLegend() {
        super(2);
        setId("map-legend");
        getStyleClass().add("map-legend");
        setPadding(new Insets(3, 5, 3, 5));
        setManaged(false); // placed in the map's corner by the map, not by its pane
        setMouseTransparent(true);
    }

    /** The legend for a scale whose top is {@code largest}; true when its lines changed. */
    boolean show(long largest) {
        List<MapViewModel.LegendStep> now = MapViewModel.legend(largest);
        if (now.equals(steps)) {
            return false;
        }
        steps = now;
        getChildren().setAll(now.stream().map(st -> line(st.shadeClass(), st.label())).toList());
        return true;
    }

    private static HBox line(int k, String text) {
        Rectangle swatch = new Rectangle(16, 10);
        swatch.getStyleClass().addAll("map-swatch", "map-c" + k);
        Label l = new Label(text);
        l.getStyleClass().add("map-legend-label");
        HBox box = new HBox(4, swatch, l);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The lines as drawn: each swatch's fill, its words and their colour. */
    List<MapView.LegendEntry> entries() {
        List<MapView.LegendEntry> out = new ArrayList<>();
        for (javafx.scene.Node n : getChildren()) {
            HBox box = (HBox) n;
            Label l = (Label) box.getChildren().get(1);
            out.add(new MapView.LegendEntry(((Rectangle) box.getChildren().get(0)).getFill(), l.getText(), l.getTextFill()));
        }
        return out;
    }
}
