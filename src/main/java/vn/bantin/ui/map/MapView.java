package vn.bantin.ui.map;

import static vn.bantin.i18n.Texts.t;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.transform.Affine;

/**
 * The map: every province drawn from its outline and shaded by its count (in 2025 mode, each unit one fill with its
 * outer border), with a legend in its corner. Hover names a unit and its count; click chooses it, Ctrl-click adds it;
 * wheel zooms, drag pans, double-click zooms in; arrows, Enter and Space do the same from the keyboard.
 */
public final class MapView extends VBox {
    private final MapViewModel vm;
    private final Pane canvas = new Pane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            // the legend is not the pane's to place: its corner moves with the pane's width and its own
            legend.autosize();
            legend.relocate(Math.max(0, getWidth() - legend.getWidth() - 4), 4);
        }
    };
    private final Group shapes = new Group();
    private final Group outlines = new Group();
    private final Group world = new Group(shapes, outlines);
    private final Label hover = new Label();
    /** A column in the map's top right corner, over the sea: under the map it took the height the map needs. */
    private final MapLegend legend = new MapLegend();
    /** Every shape of a unit, and the unit's outer border (2025 mode), by unit id. */
    private final Map<String, List<SVGPath>> byUnit = new LinkedHashMap<>();
    private final Map<String, Shape> outlineOf = new HashMap<>();
    /** The 63 provinces' outlines, made once, and the province each draws. */
    private final Map<SVGPath, String> provinceShapes = new LinkedHashMap<>();
    /** The 2025 units' outer borders, made the first time they are shown. */
    private final Map<String, Shape> unitOutlines = new HashMap<>();
    /**
     * One hidden swatch per class on the scale, styled by the style sheet ({@code .map-c0}…): the shapes' fills are
     * bound to them, so that the theme's colours reach the map without a style class on every shape.
     */
    private final Rectangle[] palette = new Rectangle[MapViewModel.CLASSES + 1];
    private double zoom = 1;
    /** One screen pixel in the map's units. */
    private double line = 1;
    private double panX;
    private double panY;
    private double dragX;
    private double dragY;
    private boolean dragged;

    public MapView(MapViewModel vm) {
        this.vm = vm;
        setId("map-view");
        getStyleClass().add("map-view");
        setSpacing(6);
        canvas.setId("map-canvas");
        canvas.getStyleClass().add("map-canvas");
        canvas.setFocusTraversable(true);
        canvas.setAccessibleRole(AccessibleRole.LIST_VIEW);
        canvas.setAccessibleText(t("map.accessible"));
        canvas.getChildren().addAll(world, legend, hover);
        for (int k = 0; k < palette.length; k++) {
            palette[k] = new Rectangle(1, 1);
            palette[k].getStyleClass().add("map-c" + k);
            palette[k].setManaged(false);
            palette[k].setVisible(false);
            canvas.getChildren().add(palette[k]);
        }
        canvas.setMinSize(120, 120);
        // the outlines are placed by their transform, not by the pane: managed, every layout of the sidebar asked the
        // bounds of 65 stroked outlines again whenever a border changed width (most of a reshade's layout)
        world.setManaged(false);
        canvas.setPrefSize(MapShapes.WIDTH / 2, MapShapes.HEIGHT / 2);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(canvas.widthProperty());
        clip.heightProperty().bind(canvas.heightProperty());
        canvas.setClip(clip);
        hover.setId("map-hover");
        hover.getStyleClass().add("map-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        outlines.setMouseTransparent(true);
        VBox.setVgrow(canvas, Priority.ALWAYS);
        getChildren().add(canvas);

        canvas.widthProperty().addListener((o, a, b) -> place());
        canvas.heightProperty().addListener((o, a, b) -> place());
        canvas.setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            }
            e.consume();
        });
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
            canvas.requestFocus();
        });
        canvas.setOnMouseDragged(e -> {
            if (Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 3 || dragged) {
                dragged = true;
                double dx = e.getX() - dragX;
                double dy = e.getY() - dragY;
                dragX = e.getX();
                dragY = e.getY();
                panBy(dx, dy);
            }
        });
        canvas.setOnMouseClicked(e -> {
            if (!dragged && e.getClickCount() == 2) {
                zoomAt(2, e.getX(), e.getY());
            }
        });
        canvas.setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            switch (k) {
                case LEFT -> vm.move(-1, 0);
                case RIGHT -> vm.move(1, 0);
                case UP -> vm.move(0, -1);
                case DOWN -> vm.move(0, 1);
                case ENTER, SPACE -> {
                    if (vm.focusedProperty().get() != null) {
                        vm.click(vm.focusedProperty().get(), k == KeyCode.SPACE || e.isShortcutDown());
                    }
                }
                case PLUS, EQUALS, ADD -> zoomAt(1.5, canvas.getWidth() / 2, canvas.getHeight() / 2);
                case MINUS, SUBTRACT -> zoomAt(1 / 1.5, canvas.getWidth() / 2, canvas.getHeight() / 2);
                case DIGIT0, NUMPAD0 -> resetZoom();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        vm.focusedProperty().addListener((o, a, b) -> {
            mark(a, "focused-unit", false);
            mark(b, "focused-unit", true);
            canvas.setAccessibleText(b == null ? t("map.accessible") : vm.describe(b));
        });
        vm.provinces().modeProperty().addListener((o, a, b) -> build());
        vm.provinces().entries().addListener((ListChangeListener<Object>) c -> shade());
        vm.provinces().selected().addListener((SetChangeListener<String>) c -> {
            if (c.wasRemoved()) {
                mark(c.getElementRemoved(), "chosen", false);
            }
            if (c.wasAdded()) {
                mark(c.getElementAdded(), "chosen", true);
            }
            String f = vm.focusedProperty().get();
            if (f != null) {
                canvas.setAccessibleText(vm.describe(f));
            }
        });
        build();
    }

    /**
     * The shapes of the mode: the 63 provinces, or the 34 units as unions of their members. The outlines are parsed
     * once and kept across modes (a new set took 65 outlines parsed and measured again at every switch); the units'
     * borders are made the first time 34 units are shown, then kept too.
     */
    private void build() {
        if (provinceShapes.isEmpty()) {
            for (MapShapes.Shape s : MapShapes.all()) {
                SVGPath p = new SVGPath();
                p.setContent(s.path());
                p.setId("map-" + s.id());
                p.getStyleClass().add("map-shape");
                // the unit a shape stands for changes with the mode: asked when the pointer acts
                p.setOnMouseEntered(e -> showHover((String) p.getUserData(), e.getX(), e.getY()));
                p.setOnMouseMoved(e -> showHover((String) p.getUserData(), e.getX(), e.getY()));
                p.setOnMouseExited(e -> hover.setVisible(false));
                p.setOnMouseClicked(e -> {
                    if (!dragged && e.getClickCount() == 1 && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                        vm.click((String) p.getUserData(), e.isShortcutDown());
                    }
                });
                provinceShapes.put(p, s.provinceId());
            }
            shapes.getChildren().setAll(provinceShapes.keySet());
        }
        byUnit.clear();
        outlineOf.clear();
        boolean units = vm.units2025();
        for (Map.Entry<SVGPath, String> e : provinceShapes.entrySet()) {
            SVGPath p = e.getKey();
            String unit = vm.unitOf(e.getValue());
            p.getStyleClass().removeAll("chosen", "focused-unit", units ? "map-province" : "map-member");
            if (!p.getStyleClass().contains(units ? "map-member" : "map-province")) {
                p.getStyleClass().add(units ? "map-member" : "map-province");
            }
            p.setUserData(unit);
            if (units) {
                p.strokeProperty().bind(p.fillProperty()); // seams between members vanish: one fill per unit
            } else {
                p.strokeProperty().unbind(); // the provinces' borders come from the style sheet again
            }
            byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(p);
        }
        List<Shape> borders = new ArrayList<>();
        if (units) {
            for (Map.Entry<String, List<SVGPath>> e : byUnit.entrySet()) {
                Shape outline = unitOutlines.computeIfAbsent(e.getKey(), id -> {
                    Shape o = UnitBorder.of(id, e.getValue().stream().map(SVGPath::getContent).toList());
                    o.getStyleClass().add("map-unit-outline");
                    o.setUserData(id);
                    o.setFill(null);
                    return o;
                });
                outline.getStyleClass().removeAll("chosen", "focused-unit");
                borders.add(outline);
                outlineOf.put(e.getKey(), outline);
            }
        }
        outlines.getChildren().setAll(borders);
        for (String id : vm.provinces().selected()) {
            mark(id, "chosen", true);
        }
        mark(vm.focusedProperty().get(), "focused-unit", true);
        shade();
        place();
    }

    /** Each unit's class on the scale, its accessible text, and the legend's numbers. */
    private void shade() {
        long largest = vm.largest();
        for (Map.Entry<String, List<SVGPath>> e : byUnit.entrySet()) {
            int k = MapViewModel.shadeClass(vm.countOf(e.getKey()), largest);
            String text = vm.describe(e.getKey());
            for (SVGPath p : e.getValue()) {
                // the fill follows the palette's swatch of its class (bound to the same one again, nothing happens): a
                // style class changed instead made JavaFX match the shape against every rule of the style sheet again
                p.fillProperty().bind(palette[k].fillProperty());
                p.setAccessibleText(text);
            }
        }
        if (legend.show(largest)) {
            canvas.requestLayout();
        }
    }

    private void mark(String unitId, String styleClass, boolean on) {
        if (unitId == null) {
            return;
        }
        List<Shape> nodes = new ArrayList<>(byUnit.getOrDefault(unitId, List.of()));
        Shape outline = outlineOf.get(unitId);
        if (outline != null) {
            nodes = List.of(outline);
        }
        for (Shape n : nodes) {
            if (on) {
                if (!n.getStyleClass().contains(styleClass)) {
                    n.getStyleClass().add(styleClass);
                }
                n.toFront(); // a border drawn under its neighbours would be half hidden
            } else {
                n.getStyleClass().remove(styleClass);
            }
        }
        strokes();
    }

    private void showHover(String unit, double x, double y) {
        hover.setText(vm.describe(unit));
        javafx.geometry.Point2D at = canvas.sceneToLocal(shapes.localToScene(x, y));
        hover.autosize();
        double hx = Math.min(Math.max(2, at.getX() + 12), Math.max(2, canvas.getWidth() - hover.getWidth() - 2));
        double hy = at.getY() + 16 + hover.getHeight() > canvas.getHeight() ? at.getY() - hover.getHeight() - 8 : at.getY() + 16;
        hover.relocate(hx, hy);
        hover.setVisible(true);
        hover.toFront();
    }

    /** The map fitted to the pane, then zoomed and panned. */
    private void place() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        double fit = Math.min(w / MapShapes.WIDTH, h / MapShapes.HEIGHT) * zoom;
        double x = (w - MapShapes.WIDTH * fit) / 2 + panX;
        double y = (h - MapShapes.HEIGHT * fit) / 2 + panY;
        world.getTransforms().setAll(new Affine(fit, 0, x, 0, fit, y));
        line = 1 / fit;
        strokes();
    }

    /** Lines keep their width on screen whatever the zoom: borders thin, the chosen and the keyboard's thick. */
    private void strokes() {
        for (javafx.scene.Node n : shapeNodes()) {
            Shape shape = (Shape) n;
            List<String> c = shape.getStyleClass();
            double px = c.contains("chosen") ? 2.5 : c.contains("focused-unit") ? 2 : c.contains("map-unit-outline") ? 1.3
                    : c.contains("map-member") ? 0.8 : 0.6;
            shape.setStrokeWidth(px * line);
        }
    }

    /** Zoom by {@code factor} about the point ({@code x}, {@code y}) of the map's pane, which stays where it is. */
    public void zoomAt(double factor, double x, double y) {
        double next = Math.max(1, Math.min(40, zoom * factor));
        double f = next / zoom;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        // the point under the pointer stays under it
        panX = (x - w / 2) - f * (x - w / 2 - panX);
        panY = (y - h / 2) - f * (y - h / 2 - panY);
        zoom = next;
        if (zoom == 1) {
            panX = 0;
            panY = 0;
        }
        place();
    }

    /** Move the map by screen pixels, as a drag does. */
    public void panBy(double dx, double dy) {
        panX += dx;
        panY += dy;
        place();
    }

    /** The pane the map is drawn in: its size is the zoom's frame. */
    public Pane canvas() {
        return canvas;
    }

    public void resetZoom() {
        zoom = 1;
        panX = 0;
        panY = 0;
        place();
    }

    /** The colour of a class on the scale (0: no articles), as the theme draws it. */
    public javafx.scene.paint.Paint shadeFill(int shadeClass) {
        return palette[shadeClass].getFill();
    }

    /** A legend entry as drawn: its swatch's fill, its words and their colour. */
    public record LegendEntry(javafx.scene.paint.Paint fill, String label, javafx.scene.paint.Paint text) {
    }

    /** The legend as drawn, for an export. */
    public List<LegendEntry> legendEntries() {
        return legend.entries();
    }

    /** Every drawn shape in drawing order: the provinces, then the units' borders. */
    public List<javafx.scene.Node> shapeNodes() {
        List<javafx.scene.Node> out = new ArrayList<>(shapes.getChildren());
        out.addAll(outlines.getChildren());
        return out;
    }
}
