package vn.bantin.ui.feeds;

import static vn.bantin.i18n.Texts.t;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.bantin.domain.Feed;

/** The sidebar's Feeds section: subscriptions, each with the length of its list; choosing one shows only its articles. */
public final class FeedsView extends VBox {
    private final FeedsViewModel vm;
    private final ListView<Feed> list = new ListView<>();
    private HBox header;

    public FeedsView(FeedsViewModel vm) {
        this.vm = vm;
        setId("feeds");
        getStyleClass().add("feeds-pane");
        setSpacing(6);
        setPadding(new Insets(4, 8, 8, 8));

        Label title = new Label(t("feeds.title"));
        title.getStyleClass().add("section-title");
        Button add = vn.bantin.ui.SourceLists.iconButton(new FontIcon(Material2AL.ADD), t("feeds.add.tip"));
        add.setId("feed-add");
        add.setOnAction(e -> askForFeed());
        Button sync = vn.bantin.ui.SourceLists.iconButton(new FontIcon(Material2MZ.SYNC), t("feeds.sync.tip"));
        sync.setId("feed-sync");
        sync.setOnAction(e -> vm.sync(null));
        sync.disableProperty().bind(vm.syncRunningProperty());
        Button all = vn.bantin.ui.SourceLists.iconButton(new FontIcon(Material2AL.CLEAR_ALL), t("feeds.all.tip"));
        all.setId("feed-clear");
        all.setOnAction(e -> list.getSelectionModel().clearSelection());
        all.disableProperty().bind(vm.selectedProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(2, title, spacer, all, sync, add);
        header.setAlignment(Pos.CENTER_LEFT);

        list.setId("feed-list");
        list.setItems(vm.items());
        list.setCellFactory(l -> new FeedCell(vm));
        vm.countsProperty().addListener((o, a, b) -> list.refresh());
        // tall enough for every feed up to six, then it scrolls; the provinces above take the rest
        list.setFixedCellSize(30);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 30.0 * Math.max(2, Math.min(6, vm.items().size())) + 4, vm.items()));
        list.setMinHeight(64);
        Label emptyText = new Label(t("feeds.empty"));
        emptyText.setWrapText(true);
        emptyText.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        javafx.scene.control.Hyperlink fromCatalogue = new javafx.scene.control.Hyperlink(t("feeds.pick"));
        fromCatalogue.setId("feed-catalogue");
        fromCatalogue.setOnAction(e -> chooseFromCatalogue());
        javafx.scene.layout.VBox empty = new javafx.scene.layout.VBox(2, emptyText, fromCatalogue);
        empty.setAlignment(Pos.CENTER);
        list.setPlaceholder(empty);
        vn.bantin.ui.SourceLists.bind(list, vm.items(), vm.selectedProperty(), vm::reloading, Feed::id);

        MenuItem syncOne = new MenuItem(t("feeds.syncOne"));
        syncOne.setOnAction(e -> selected(f -> vm.sync(f.id())));
        MenuItem rename = new MenuItem(t("feeds.rename"));
        rename.setId("feed-rename");
        rename.setOnAction(e -> selected(this::askRename));
        MenuItem remove = new MenuItem(t("feeds.remove"));
        remove.setId("feed-remove");
        remove.setOnAction(e -> selected(this::askRemove));
        list.setContextMenu(new ContextMenu(syncOne, rename, remove));

        getChildren().addAll(header, list);
    }

    /** Puts {@code n} where the section's title is (the sidebar's Feeds | Collections switch). */
    public void putTitle(javafx.scene.Node n) {
        header.getChildren().set(0, n);
    }

    public ListView<Feed> listView() {
        return list;
    }

    private void selected(java.util.function.Consumer<Feed> action) {
        Feed f = list.getSelectionModel().getSelectedItem();
        if (f != null) {
            action.accept(f);
        }
    }

    /** Asks for an address and subscribes; the first sync of the feed starts at once. */
    /** The built-in catalogue as a list to tick; what is subscribed already is ticked and cannot be unticked here. */
    public void chooseFromCatalogue() {
        vm.loadCatalogue(this::chooseFrom);
    }

    private void chooseFrom(java.util.List<vn.bantin.ingest.feed.Catalogue.Source> sources) {
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> d = new javafx.scene.control.Dialog<>();
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.setTitle(t("catalogue.title"));
        d.setHeaderText(t("catalogue.header"));
        javafx.scene.layout.VBox boxes = new javafx.scene.layout.VBox(6);
        boxes.setId("catalogue-list");
        java.util.List<javafx.scene.control.CheckBox> checks = new java.util.ArrayList<>();
        for (vn.bantin.ingest.feed.Catalogue.Source c : sources) {
            javafx.scene.control.CheckBox cb = new javafx.scene.control.CheckBox(c.name() + "  ·  " + ("en".equals(c.language())
                    ? t("catalogue.english") : t("catalogue.vietnamese")));
            cb.setId("catalogue-" + checks.size());
            boolean have = vm.subscribed(c.url());
            cb.setSelected(have);
            cb.setDisable(have);
            checks.add(cb);
            boxes.getChildren().add(cb);
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(boxes);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(360);
        scroll.setPrefViewportWidth(420);
        d.getDialogPane().setContent(scroll);
        javafx.scene.control.ButtonType subscribe = new javafx.scene.control.ButtonType(t("catalogue.subscribe"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(subscribe, vn.bantin.ui.Buttons.cancel());
        d.getDialogPane().lookupButton(subscribe).setId("catalogue-subscribe");
        d.showAndWait().filter(b -> b == subscribe).ifPresent(b -> {
            java.util.List<vn.bantin.ingest.feed.Catalogue.Source> chosen = new java.util.ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                if (checks.get(i).isSelected() && !checks.get(i).isDisabled()) {
                    chosen.add(sources.get(i));
                }
            }
            vm.subscribeAll(chosen);
        });
    }

    public void askForFeed() {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.setTitle(t("feeds.add.title"));
        d.setHeaderText(t("feeds.add.header"));
        d.getEditor().setPromptText("https://e.vnexpress.net/rss/news.rss");
        d.getEditor().setId("feed-url");
        d.getDialogPane().getButtonTypes().setAll(vn.bantin.ui.Buttons.ok(), vn.bantin.ui.Buttons.cancel());
        d.showAndWait().ifPresent(vm::add);
    }

    private void askRename(Feed f) {
        TextInputDialog d = new TextInputDialog(f.title());
        d.initOwner(getScene().getWindow());
        d.setTitle(t("feeds.rename.title"));
        d.setHeaderText(f.url());
        d.getDialogPane().getButtonTypes().setAll(vn.bantin.ui.Buttons.ok(), vn.bantin.ui.Buttons.cancel());
        d.showAndWait().ifPresent(t -> vm.rename(f, t));
    }

    private void askRemove(Feed f) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(t("feeds.remove.title"));
        d.setHeaderText(t("feeds.remove.question", f.title()));
        CheckBox delete = new CheckBox(t("feeds.remove.articles"));
        delete.setId("feed-remove-articles");
        d.getDialogPane().setContent(new VBox(8, new Label(t("feeds.remove.text")), delete));
        d.getDialogPane().getButtonTypes().addAll(new ButtonType(t("feeds.remove.button"), ButtonType.OK.getButtonData()), vn.bantin.ui.Buttons.cancel());
        d.showAndWait().filter(b -> b.getButtonData() == ButtonType.OK.getButtonData())
                .ifPresent(b -> vm.remove(f, delete.isSelected()));
    }

    private static final class FeedCell extends ListCell<Feed> {
        private final FeedsViewModel vm;
        private final Label name = new Label();
        private final Label count = new Label();
        private final FontIcon warning = new FontIcon(Material2AL.ERROR_OUTLINE);
        private final HBox box;

        FeedCell(FeedsViewModel vm) {
            this.vm = vm;
            count.getStyleClass().add("count");
            warning.getStyleClass().add("feed-warning");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            name.setMinWidth(0);
            box = new HBox(6, name, spacer, warning, count);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0); // a long title is cut with an ellipsis, never adds a horizontal scroll bar
        }

        @Override
        protected void updateItem(Feed f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(f.title());
            long n = vm.countOf(f);
            count.setText(n > 0 ? vn.bantin.i18n.Texts.number(n) : "");
            boolean failed = f.lastStatus() != null && f.lastStatus().startsWith("failed");
            warning.setVisible(failed);
            warning.setManaged(failed);
            setTooltip(new Tooltip(f.url() + "\n" + (f.lastStatus() == null ? t("feeds.notSynced") : t("feeds.lastSync", f.lastStatus()))));
            setGraphic(box);
        }
    }
}
