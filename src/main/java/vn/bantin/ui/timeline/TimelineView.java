package vn.bantin.ui.timeline;

import static vn.bantin.i18n.Texts.t;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Bars of the list's articles by day under the map, the chosen range lit; presets (the newest day, week, month
 * or year with articles, or all) and a brush: drag across the bars, or click one, to cut the list and the map
 * to those days.
 */
public final class TimelineView extends VBox {
    private static final double HEIGHT = 30;

    private final TimelineViewModel vm;
    private final Pane plot = new Pane() {
        @Override
        protected void layoutChildren() {
            placeBars();
        }
    };
    private final Region brushBox = new Region();
    private final Label range = new Label();
    private final Label firstDay = new Label();
    private final Label lastDay = new Label();
    private final ToggleGroup presets = new ToggleGroup();
    private List<TimelineViewModel.Bar> shown = List.of();
    private int brushFrom = -1;
    private int brushTo = -1;

    public TimelineView(TimelineViewModel vm) {
        this.vm = vm;
        setId("timeline");
        getStyleClass().add("timeline");
        setSpacing(3);
        plot.setId("timeline-bars");
        plot.getStyleClass().add("timeline-bars");
        plot.setMinHeight(HEIGHT);
        plot.setPrefHeight(HEIGHT);
        plot.setMaxHeight(HEIGHT);
        plot.setAccessibleRole(AccessibleRole.LIST_VIEW);
        plot.setAccessibleText(t("timeline.accessible"));
        brushBox.getStyleClass().add("timeline-brush");
        brushBox.setManaged(false);
        brushBox.setVisible(false);
        brushBox.setMouseTransparent(true);

        firstDay.getStyleClass().add("timeline-axis");
        lastDay.getStyleClass().add("timeline-axis");
        BorderPane axis = new BorderPane(range, null, lastDay, null, firstDay);

        HBox buttons = new HBox(2);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (TimelineViewModel.Preset p : TimelineViewModel.Preset.values()) {
            ToggleButton b = new ToggleButton(p.label());
            b.setId("timeline-" + p.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add("timeline-preset");
            b.setToggleGroup(presets);
            b.setUserData(p);
            b.setTooltip(new Tooltip(p == TimelineViewModel.Preset.ALL ? t("timeline.all.tip")
                    : t("timeline.preset.tip", p.days())));
            b.setOnAction(e -> {
                vm.choose(p);
                b.setSelected(true); // a second press keeps the preset rather than leaving none chosen
            });
            buttons.getChildren().add(b);
        }
        range.setId("timeline-range");
        range.getStyleClass().add("timeline-range");
        range.setMinWidth(0);
        BorderPane.setAlignment(range, Pos.CENTER);
        getChildren().addAll(buttons, plot, axis);

        plot.setOnMousePressed(e -> {
            brushFrom = barAt(e.getX());
            brushTo = brushFrom;
            showBrush();
        });
        plot.setOnMouseDragged(e -> {
            if (brushFrom >= 0) {
                brushTo = barAt(e.getX());
                showBrush();
            }
        });
        plot.setOnMouseReleased(e -> {
            if (brushFrom >= 0 && brushTo >= 0 && !shown.isEmpty()) {
                vm.brush(shown.get(brushFrom).first(), shown.get(brushTo).last());
            }
            brushFrom = -1;
            brushBox.setVisible(false);
        });
        plot.setOnMouseMoved(e -> {
            int i = barAt(e.getX());
            // a bar's days and count need the whole row: the axis's ends step aside meanwhile
            showAxisEnds(i < 0);
            range.setText(i < 0 ? vm.describe() : TimelineViewModel.describe(shown.get(i)));
        });
        plot.setOnMouseExited(e -> {
            showAxisEnds(true);
            range.setText(vm.describe());
        });

        vm.barsProperty().addListener((o, a, b) -> rebuild());
        vm.rangeProperty().addListener((o, a, b) -> {
            range.setText(vm.describe());
            lightBars();
        });
        vm.presetProperty().addListener((o, a, b) -> selectPreset());
        range.setText(vm.describe());
        selectPreset();
        rebuild();
        sceneProperty().addListener((o, a, b) -> {
            if ((a == null) != (b == null)) {
                vm.shown(b != null);
            }
        });
    }

    private void showAxisEnds(boolean on) {
        for (Label l : List.of(firstDay, lastDay)) {
            l.setVisible(on);
            l.setManaged(on);
        }
    }

    private void selectPreset() {
        TimelineViewModel.Preset p = vm.presetProperty().get();
        presets.getToggles().forEach(t -> t.setSelected(t.getUserData() == p));
    }

    private void rebuild() {
        shown = vm.barsProperty().get();
        plot.getChildren().clear();
        for (TimelineViewModel.Bar b : shown) {
            Region bar = new Region();
            bar.getStyleClass().add("timeline-bar");
            bar.setAccessibleRole(AccessibleRole.TEXT);
            bar.setAccessibleText(TimelineViewModel.describe(b));
            bar.setUserData(b);
            bar.setMouseTransparent(true);
            plot.getChildren().add(bar);
        }
        plot.getChildren().add(brushBox);
        boolean any = !shown.isEmpty();
        firstDay.setText(any ? TimelineViewModel.span(LocalDate.ofEpochDay(shown.get(0).first()), LocalDate.ofEpochDay(shown.get(0).first())) : "");
        lastDay.setText(any ? TimelineViewModel.span(LocalDate.ofEpochDay(shown.get(shown.size() - 1).last()),
                LocalDate.ofEpochDay(shown.get(shown.size() - 1).last())) : "");
        lightBars();
        plot.requestLayout();
    }

    private void lightBars() {
        boolean all = vm.rangeProperty().get().all();
        for (javafx.scene.Node n : plot.getChildren()) {
            if (n.getUserData() instanceof TimelineViewModel.Bar b) {
                n.getStyleClass().removeAll("in-range", "out-of-range");
                n.getStyleClass().add(all || vm.inRange(b) ? "in-range" : "out-of-range");
            }
        }
    }

    private void placeBars() {
        int n = shown.size();
        if (n == 0) {
            return;
        }
        double w = plot.getWidth() / n;
        long max = shown.stream().mapToLong(TimelineViewModel.Bar::count).max().orElse(1);
        int i = 0;
        for (javafx.scene.Node node : plot.getChildren()) {
            if (node.getUserData() instanceof TimelineViewModel.Bar b) {
                // a day with any article stays visible beside a day with thousands
                double h = b.count() == 0 ? 0 : Math.max(2, (HEIGHT - 2) * b.count() / (double) Math.max(1, max));
                ((Region) node).resizeRelocate(Math.floor(i * w), HEIGHT - h, Math.max(1, Math.floor((i + 1) * w) - Math.floor(i * w) - (w > 3 ? 1 : 0)), h);
                i++;
            }
        }
        showBrush();
    }

    private int barAt(double x) {
        if (shown.isEmpty() || plot.getWidth() <= 0) {
            return -1;
        }
        return (int) Math.max(0, Math.min(shown.size() - 1, Math.floor(x / (plot.getWidth() / shown.size()))));
    }

    private void showBrush() {
        if (brushFrom < 0 || shown.isEmpty()) {
            brushBox.setVisible(false);
            return;
        }
        double w = plot.getWidth() / shown.size();
        int a = Math.min(brushFrom, brushTo);
        int b = Math.max(brushFrom, brushTo);
        brushBox.resizeRelocate(a * w, 0, (b - a + 1) * w, HEIGHT);
        brushBox.setVisible(true);
    }

    /** The bars as drawn, for tests and the bench. */
    public List<Region> barNodes() {
        return plot.getChildren().stream().filter(n -> n.getUserData() instanceof TimelineViewModel.Bar).map(n -> (Region) n).toList();
    }
}
