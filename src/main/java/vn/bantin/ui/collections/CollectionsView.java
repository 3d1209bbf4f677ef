package vn.bantin.ui.collections;

import static vn.bantin.i18n.Texts.t;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import vn.bantin.domain.ArticleCollection;
import vn.bantin.ui.Buttons;
import vn.bantin.ui.list.ArticleDrag;

/**
 * The sidebar's Collections section: the reader's collections, each with the length of its list; choosing one shows
 * only its articles, and rows dragged onto one go into it.
 */
public final class CollectionsView extends VBox {
    private final CollectionsViewModel vm;
    private final ListView<ArticleCollection> list = new ListView<>();
    private HBox header;

    public CollectionsView(CollectionsViewModel vm) {
        this.vm = vm;
        setId("collections");
        getStyleClass().add("collections-pane");
        setSpacing(6);
        setPadding(new Insets(4, 8, 8, 8));

        Label title = new Label(t("collections.title"));
        title.getStyleClass().add("section-title");
        Button add = vn.bantin.ui.SourceLists.iconButton(new FontIcon(Material2AL.CREATE_NEW_FOLDER), t("collections.new.tip"));
        add.setId("collection-new");
        add.setOnAction(e -> askForNew());
        Button all = vn.bantin.ui.SourceLists.iconButton(new FontIcon(Material2AL.CLEAR_ALL), t("collections.all.tip"));
        all.setId("collection-clear");
        all.setOnAction(e -> list.getSelectionModel().clearSelection());
        all.disableProperty().bind(vm.selectedProperty().isNull());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(2, title, spacer, all, add);
        header.setAlignment(Pos.CENTER_LEFT);

        list.setId("collection-list");
        list.setItems(vm.items());
        list.setCellFactory(l -> new CollectionCell(vm));
        vm.countsProperty().addListener((o, a, b) -> list.refresh());
        list.setFixedCellSize(30);
        // up to four collections in view, then it scrolls; the provinces above take the rest
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 30.0 * Math.max(2, Math.min(4, vm.items().size())) + 4, vm.items()));
        list.setMinHeight(64);
        // with no collection yet the section is its heading only: the provinces above keep the room
        javafx.beans.binding.BooleanBinding any = javafx.beans.binding.Bindings.isNotEmpty(vm.items());
        list.visibleProperty().bind(any);
        list.managedProperty().bind(any);
        Tooltip hint = new Tooltip(t("collections.empty"));
        title.setTooltip(hint);
        vn.bantin.ui.SourceLists.bind(list, vm.items(), vm.selectedProperty(), vm::reloading, ArticleCollection::id);

        MenuItem rename = new MenuItem(t("collections.rename"));
        rename.setId("collection-rename");
        rename.setOnAction(e -> selected(this::askRename));
        MenuItem remove = new MenuItem(t("collections.remove"));
        remove.setId("collection-remove");
        remove.setOnAction(e -> selected(this::askRemove));
        list.setContextMenu(new ContextMenu(rename, remove));

        getChildren().addAll(header, list);
    }

    /** Puts {@code n} where the section's title is (the sidebar's Feeds | Collections switch). */
    public void putTitle(javafx.scene.Node n) {
        header.getChildren().set(0, n);
    }

    public ListView<ArticleCollection> listView() {
        return list;
    }

    private void selected(java.util.function.Consumer<ArticleCollection> action) {
        ArticleCollection c = list.getSelectionModel().getSelectedItem();
        if (c != null) {
            action.accept(c);
        }
    }

    private void askForNew() {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.setTitle(t("collections.new.title"));
        d.setHeaderText(t("collections.new.header"));
        d.getEditor().setId("collection-name");
        d.getDialogPane().getButtonTypes().setAll(Buttons.ok(), Buttons.cancel());
        d.showAndWait().ifPresent(vm::create);
    }

    private void askRename(ArticleCollection c) {
        TextInputDialog d = new TextInputDialog(c.name());
        d.initOwner(getScene().getWindow());
        d.setTitle(t("collections.rename.title"));
        d.setHeaderText(t("collections.rename.header", c.name()));
        d.getEditor().setId("collection-name");
        d.getDialogPane().getButtonTypes().setAll(Buttons.ok(), Buttons.cancel());
        d.showAndWait().ifPresent(name -> vm.rename(c, name));
    }

    private void askRemove(ArticleCollection c) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, t("collections.remove.text"), Buttons.cancel(),
                new javafx.scene.control.ButtonType(t("collections.remove.button"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        ask.initOwner(getScene().getWindow());
        ask.setTitle(t("collections.remove.title"));
        ask.setHeaderText(t("collections.remove.question", c.name()));
        ask.showAndWait().filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> vm.delete(c));
    }

    private static final class CollectionCell extends ListCell<ArticleCollection> {
        private final CollectionsViewModel vm;
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;

        CollectionCell(CollectionsViewModel vm) {
            this.vm = vm;
            count.getStyleClass().add("count");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            name.setMinWidth(0);
            box = new HBox(6, new FontIcon(Material2AL.FOLDER_OPEN), name, spacer, count);
            box.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0); // a long name is cut with an ellipsis, never adds a horizontal scroll bar
            setOnDragOver(e -> {
                if (getItem() != null && !ArticleDrag.keys(e.getDragboard()).isEmpty()) {
                    e.acceptTransferModes(TransferMode.COPY);
                    e.consume();
                }
            });
            setOnDragEntered(e -> {
                if (getItem() != null && !ArticleDrag.keys(e.getDragboard()).isEmpty()) {
                    getStyleClass().add("drop-target");
                }
            });
            setOnDragExited(e -> getStyleClass().removeAll("drop-target"));
            setOnDragDropped(e -> {
                List<Long> keys = ArticleDrag.keys(e.getDragboard());
                boolean taken = getItem() != null && !keys.isEmpty();
                if (taken) {
                    vm.addTo(getItem().name(), keys);
                }
                e.setDropCompleted(taken);
                e.consume();
            });
        }

        @Override
        protected void updateItem(ArticleCollection c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            name.setText(c.name());
            long n = vm.countOf(c);
            count.setText(n > 0 ? vn.bantin.i18n.Texts.number(n) : "");
            setTooltip(new Tooltip(t("collections.tip", c.name(), c.articles())));
            setGraphic(box);
        }
    }
}
