package vn.bantin.ui.provinces;

import static vn.bantin.i18n.Texts.t;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The left sidebar: All / Unread / Bookmarks, then every province (or 2025 unit) by region, with counts. */
public final class ProvincesView extends VBox {
    /** A row of the list: a region heading or a province. */
    public record Row(String heading, ProvinceEntry entry) {
    }

    private final ProvincesViewModel vm;
    private final ListView<Row> list = new ListView<>();
    private final TextField filter = new TextField();

    /** The cells the list made (a screenful and a few more), to tick a box without redrawing the rows. */
    private final java.util.List<RowCell> cells = new java.util.ArrayList<>();

    /** Built the first time the reader asks for the map: its shapes cost nothing at start. */
    private final java.util.function.Supplier<javafx.scene.Node> mapMaker;
    private javafx.scene.Node map;
    private final ToggleButton mapToggle = new ToggleButton();

    public ProvincesView(ProvincesViewModel vm, java.util.function.Supplier<javafx.scene.Node> mapMaker) {
        this.mapMaker = mapMaker;
        this.vm = vm;
        getStyleClass().add("provinces-pane");
        setId("provinces");
        setSpacing(8);
        setPadding(new Insets(10, 8, 8, 8));

        ToggleGroup specials = new ToggleGroup();
        ToggleButton all = special(t("sidebar.all"), new FontIcon(Material2AL.INBOX), ProvincesViewModel.Special.ALL, specials,
                vm.allCountProperty());
        ToggleButton unread = special(t("sidebar.unread"), new FontIcon(Material2MZ.MARK_EMAIL_UNREAD), ProvincesViewModel.Special.UNREAD,
                specials, vm.unreadCountProperty());
        ToggleButton bookmarks = special(t("sidebar.bookmarks"), new FontIcon(Material2AL.BOOKMARKS), ProvincesViewModel.Special.BOOKMARKS,
                specials, vm.bookmarkCountProperty());
        all.setId("special-all");
        unread.setId("special-unread");
        bookmarks.setId("special-bookmarks");

        ToggleGroup modes = new ToggleGroup();
        ToggleButton m63 = new ToggleButton(t("sidebar.mode63"));
        ToggleButton m34 = new ToggleButton(t("sidebar.mode34"));
        m63.setTooltip(new javafx.scene.control.Tooltip(t("sidebar.mode63.tip")));
        m34.setTooltip(new javafx.scene.control.Tooltip(t("sidebar.mode34.tip")));
        m63.setId("mode-63");
        m34.setId("mode-34");
        m63.setToggleGroup(modes);
        m34.setToggleGroup(modes);
        m63.getStyleClass().add("left-pill");
        m34.getStyleClass().add("right-pill");
        m63.setMaxWidth(Double.MAX_VALUE);
        m34.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(m63, Priority.ALWAYS);
        HBox.setHgrow(m34, Priority.ALWAYS);
        mapToggle.setId("map-toggle");
        mapToggle.setGraphic(new FontIcon(Material2MZ.MAP));
        mapToggle.setTooltip(new javafx.scene.control.Tooltip(t("sidebar.map.tip")));
        mapToggle.setAccessibleText(t("sidebar.map"));
        mapToggle.setSelected(vm.mapShownProperty().get());
        mapToggle.selectedProperty().bindBidirectional(vm.mapShownProperty());
        HBox modeBox = new HBox(m63, m34);
        HBox.setMargin(mapToggle, new Insets(0, 0, 0, 6));
        (vm.modeProperty().get() == ProvincesViewModel.Mode.UNITS_2025 ? m34 : m63).setSelected(true);
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one mode is always on
                return;
            }
            vm.modeProperty().set(b == m34 ? ProvincesViewModel.Mode.UNITS_2025 : ProvincesViewModel.Mode.PROVINCES_63);
        });
        vm.modeProperty().addListener((o, a, b) -> (b == ProvincesViewModel.Mode.UNITS_2025 ? m34 : m63).setSelected(true));

        filter.setId("province-filter");
        filter.setPromptText(t("sidebar.filter"));
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        Button clear = new Button(t("sidebar.clear"));
        clear.setId("province-clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> {
            vm.clearSelection();
            filter.clear();
        });
        clear.disableProperty().bind(Bindings.isEmpty(vm.selected()).and(filter.textProperty().isEmpty()));
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox filterRow = new HBox(6, filter, clear);
        filterRow.setAlignment(Pos.CENTER_LEFT);

        list.setId("province-list");
        list.setCellFactory(l -> {
            RowCell cell = new RowCell();
            cells.add(cell);
            return cell;
        });
        list.setFocusTraversable(true);
        list.setPlaceholder(new Label(t("sidebar.noMatch")));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE || e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                Row r = list.getSelectionModel().getSelectedItem();
                if (r != null && r.entry() != null) {
                    vm.toggle(r.entry().id());
                }
                e.consume();
            }
        });

        HBox modeRow = new HBox(modeBox, mapToggle);
        HBox.setHgrow(modeBox, Priority.ALWAYS);
        modeRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(all, unread, bookmarks, new Region(), modeRow, filterRow, list);
        vm.mapShownProperty().addListener((o, a, b) -> showMap(b));
        showMap(vm.mapShownProperty().get());
        vm.entries().addListener((ListChangeListener<ProvinceEntry>) c -> rebuild());
        // a tick changes one row's box: only the cells showing that province are touched, not every row rebuilt
        vm.selected().addListener((SetChangeListener<String>) c -> {
            String id = c.wasAdded() ? c.getElementAdded() : c.getElementRemoved();
            for (RowCell cell : cells) {
                Row r = cell.getItem();
                if (r != null && r.entry() != null && r.entry().id().equals(id)) {
                    cell.check.setSelected(c.wasAdded());
                }
            }
        });
        rebuild();
    }

    /**
     * A source-list entry: icon and name on the left, its count right-aligned, drawn as a row rather than a
     * button; the count is the length of the list a click shows.
     */
    private ToggleButton special(String text, FontIcon icon, ProvincesViewModel.Special which, ToggleGroup group,
                                 javafx.beans.value.ObservableLongValue count) {
        ToggleButton b = new ToggleButton();
        Label name = new Label(text);
        Label n = new Label();
        n.getStyleClass().add("sidebar-count");
        n.textProperty().bind(Bindings.createStringBinding(() -> count.get() == 0 ? "" : vn.bantin.i18n.Texts.number(count.get()), count));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, icon, name, spacer, n);
        row.setAlignment(Pos.CENTER_LEFT);
        // the row spans the entry, so that the count sits at its right edge
        row.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> b.getWidth() - b.getPadding().getLeft()
                - b.getPadding().getRight(), b.widthProperty(), b.paddingProperty()));
        b.setGraphic(row);
        b.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        b.accessibleTextProperty().bind(Bindings.createStringBinding(() -> text + ", " + count.get(), count));
        b.setToggleGroup(group);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().addAll("flat", "special");
        b.setSelected(vm.specialProperty().get() == which);
        b.setOnAction(e -> {
            b.setSelected(true);
            vm.chooseSpecial(which);
        });
        vm.specialProperty().addListener((o, a, now) -> b.setSelected(now == which));
        return b;
    }

    /** The map in place of the filter and the list, or the list back. */
    private void showMap(boolean on) {
        int at = getChildren().size() - 1;
        javafx.scene.Node now = getChildren().get(at);
        if (on && now == list) {
            if (map == null) {
                map = mapMaker.get();
                VBox.setVgrow(map, Priority.ALWAYS);
            }
            getChildren().set(at, map);
            getChildren().get(at - 1).setVisible(false);
            getChildren().get(at - 1).setManaged(false);
        } else if (!on && now != list) {
            getChildren().set(at, list);
            getChildren().get(at - 1).setVisible(true);
            getChildren().get(at - 1).setManaged(true);
        }
    }

    /** The keyboard to the province list, or to the map when it is shown. */
    public void focusPicker() {
        javafx.scene.Node canvas = map != null && map.getParent() == this ? map.lookup(".map-canvas") : null;
        (canvas != null ? canvas : list).requestFocus();
    }

    /** The map, once shown; null before. */
    public javafx.scene.Node map() {
        return map;
    }

    private void rebuild() {
        List<Row> rows = new ArrayList<>();
        String region = null;
        for (ProvinceEntry e : vm.entries()) {
            if (!e.region().equals(region)) {
                region = e.region();
                rows.add(new Row(t("region." + region), null));
            }
            rows.add(new Row(null, e));
        }
        list.getItems().setAll(rows);
    }

    public ListView<Row> listView() {
        return list;
    }

    private final class RowCell extends ListCell<Row> {
        private final CheckBox check = new CheckBox();
        private final Label vi = new Label();
        private final Label en = new Label();
        private final Label count = new Label();
        private final HBox box;

        RowCell() {
            vi.getStyleClass().add("province-vi");
            en.getStyleClass().add("province-en");
            count.getStyleClass().add("province-count");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            VBox names = new VBox(0, vi, en);
            box = new HBox(6, check, names, spacer, count);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0); // a long name wraps or clips inside the list's width, never adds a horizontal scroll bar
            check.setOnAction(e -> {
                if (getItem() != null && getItem().entry() != null) {
                    vm.toggle(getItem().entry().id());
                }
            });
            setOnMouseClicked(e -> {
                if (getItem() != null && getItem().entry() != null && !inside(e.getTarget(), check)) {
                    vm.toggle(getItem().entry().id());
                }
            });
        }

        private static boolean inside(Object target, javafx.scene.Node container) {
            for (javafx.scene.Node n = target instanceof javafx.scene.Node t ? t : null; n != null; n = n.getParent()) {
                if (n == container) {
                    return true;
                }
            }
            return false;
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("region-heading");
            setId(null);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            if (row.heading() != null) {
                setGraphic(null);
                setText(row.heading().toUpperCase(vn.bantin.i18n.Texts.locale()));
                getStyleClass().add("region-heading");
                return;
            }
            ProvinceEntry e = row.entry();
            setText(null);
            // the name in the reader's language first, the other under it
            boolean vietnamese = vn.bantin.i18n.Texts.vietnamese();
            String second = vietnamese ? e.nameEn() : e.nameVi();
            vi.setText(vietnamese ? e.nameVi() : e.nameEn());
            en.setText(e.via() != null ? second + " · " + e.via() : second);
            count.setText(e.count() == 0 ? "" : vn.bantin.i18n.Texts.number(e.count()));
            check.setSelected(vm.selected().contains(e.id()));
            setGraphic(box);
            setId("province-" + e.id());
        }
    }
}
