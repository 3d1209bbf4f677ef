package vn.bantin.ui.list;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.bantin.domain.ArticleSummary;

/** The centre pane: a header saying what is shown, then the articles, newest first. */
public final class ArticleListView extends BorderPane {

    private final ArticleListViewModel vm;
    private final ListView<ArticleSummary> list = new ListView<>();
    private final Function<String, String> provinceName;
    private final Consumer<ArticleSummary> onStar;
    private final javafx.beans.property.StringProperty highlight = new javafx.beans.property.SimpleStringProperty();
    private boolean syncing;

    public ArticleListView(ArticleListViewModel vm, javafx.beans.value.ObservableStringValue header,
                           javafx.beans.value.ObservableStringValue emptyMessage, Function<String, String> provinceName,
                           Consumer<ArticleSummary> onStar) {
        this.vm = vm;
        this.provinceName = provinceName;
        this.onStar = onStar;
        setId("article-list-pane");
        Label head = new Label();
        head.setId("list-header");
        head.getStyleClass().add("list-header");
        head.textProperty().bind(header);
        head.setMaxWidth(Double.MAX_VALUE);
        setTop(head);
        BorderPane.setMargin(head, new Insets(10, 12, 6, 12));

        Label empty = new Label();
        empty.setId("list-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(360);
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(emptyMessage);
        list.setPlaceholder(empty);
        list.setId("article-list");
        list.setItems(vm.items());
        list.setCellFactory(l -> new ArticleCell());
        vm.samples().addListener((javafx.collections.SetChangeListener<String>) c -> list.refresh());
        setCenter(list);

        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!syncing) {
                vm.select(b.intValue());
            }
        });
        vm.selectedIndexProperty().addListener((o, a, b) -> {
            syncing = true;
            int i = b.intValue();
            if (i < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 3));
            }
            syncing = false;
        });
    }

    /** The search text whose words the rows mark. */
    public javafx.beans.property.StringProperty highlightProperty() {
        return highlight;
    }

    public ListView<ArticleSummary> listView() {
        return list;
    }

    /** Scrolls a page down; false when already at the end of what is loaded. */
    public boolean pageDown() {
        var flow = (javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow");
        if (flow == null || flow.getLastVisibleCell() == null) {
            return false;
        }
        int last = flow.getLastVisibleCell().getIndex();
        int first = flow.getFirstVisibleCell() == null ? -1 : flow.getFirstVisibleCell().getIndex();
        if (last >= vm.items().size() - 1) {
            pageTop = -1;
            return false;
        }
        if (first == pageTop) {
            // the last page did not move the list: the flow stops a fraction short of counting the last row as
            // shown (seen with Noto fonts on Monocle). To the end once; if that does not move it either, it is there
            if (endTried) {
                return false;
            }
            endTried = true;
            list.scrollTo(vm.items().size() - 1);
            return true;
        }
        pageTop = first;
        endTried = false;
        // a row taller than the list is the whole page: the next one starts the next
        list.scrollTo(last == first ? last + 1 : last);
        return true;
    }

    /** The first row shown when the list was last paged down, to tell a page that did not move it. */
    private int pageTop = -1;
    private boolean endTried;

    private final class ArticleCell extends ListCell<ArticleSummary> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label lead = new Label();
        private final javafx.scene.text.TextFlow marked = new javafx.scene.text.TextFlow();
        private final FlowPane chips = new FlowPane(4, 4);
        private final Button star = new Button();
        private final FontIcon starIcon = new FontIcon(Material2MZ.STAR_BORDER);
        private final VBox box;

        ArticleCell() {
            title.getStyleClass().add("row-title");
            title.setWrapText(true);
            meta.getStyleClass().add("row-meta");
            lead.getStyleClass().add("row-lead");
            lead.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            star.getStyleClass().addAll("flat", "star");
            star.setFocusTraversable(false);
            star.setGraphic(starIcon);
            star.setOnAction(e -> {
                if (getItem() != null) {
                    onStar.accept(getItem());
                }
            });
            BorderPane top = new BorderPane(title);
            top.setRight(star);
            BorderPane.setAlignment(title, Pos.TOP_LEFT);
            BorderPane.setAlignment(star, Pos.TOP_RIGHT);
            title.setMinHeight(Region.USE_PREF_SIZE);
            box = new VBox(3, top, meta, lead, chips);
            marked.getStyleClass().add("row-lead");
            marked.setMaxHeight(Region.USE_PREF_SIZE);
            marked.setPrefHeight(18);
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(marked.widthProperty());
            clip.heightProperty().bind(marked.heightProperty());
            marked.setClip(clip);
            box.setPadding(new Insets(6, 4, 6, 4));
            title.setMaxWidth(Double.MAX_VALUE);
            lead.setMaxWidth(Double.MAX_VALUE);
            setPrefWidth(0); // wrap to the list's width, never widen it
            // a row dragged onto a collection in the sidebar goes into it
            setOnDragDetected(e -> {
                ArticleSummary a = getItem();
                if (a != null) {
                    javafx.scene.input.Dragboard board = startDragAndDrop(javafx.scene.input.TransferMode.COPY);
                    board.setContent(ArticleDrag.content(java.util.List.of(a.key()), a.title()));
                    board.setDragView(snapshot(null, null));
                    e.consume();
                }
            });
        }

        @Override
        protected void updateItem(ArticleSummary a, boolean empty) {
            super.updateItem(a, empty);
            // the row's nodes stay in the cell, hidden when it is empty: the flow measures rows with a cell it empties
            // after each, and a graphic taken out and put back restyles every node of the row, twice a row per page
            if (getGraphic() != box) {
                setGraphic(box);
            }
            box.setVisible(!empty && a != null);
            if (empty || a == null) {
                return;
            }
            title.setText(a.title());
            styled(title, "unread", !a.read());
            meta.setText(RowText.meta(a, vm.isSample(a)));
            lead.setText(a.lead());
            String q = highlight.get();
            boolean searching = q != null && !q.isBlank()
                    && vn.bantin.ui.search.Highlighter.spans(a.lead(), q).stream().anyMatch(x -> x.hit());
            javafx.scene.Node wanted = searching ? marked : lead;
            if (box.getChildren().get(2) != wanted) {
                box.getChildren().set(2, wanted);
            }
            if (searching) {
                marked.getChildren().clear();
                String shown = vn.bantin.ui.search.Highlighter.around(a.lead(), q, 90);
                for (var span : vn.bantin.ui.search.Highlighter.spans(shown, q)) {
                    javafx.scene.text.Text t = new javafx.scene.text.Text(span.text());
                    t.getStyleClass().add(span.hit() ? "search-hit" : "row-lead-text");
                    marked.getChildren().add(t);
                }
            }
            // the chips already made are named again, so that only a row with more provinces makes new ones
            javafx.collections.ObservableList<javafx.scene.Node> made = chips.getChildren();
            List<String> about = a.aboutIds();
            if (made.size() > about.size()) {
                made.remove(about.size(), made.size());
            }
            for (int i = 0; i < about.size(); i++) {
                String name = provinceName.apply(about.get(i));
                if (i < made.size()) {
                    ((Label) made.get(i)).setText(name);
                } else {
                    Label chip = new Label(name);
                    chip.getStyleClass().add("chip");
                    made.add(chip);
                }
            }
            starIcon.setIconCode(a.bookmarked() ? Material2MZ.STAR : Material2MZ.STAR_BORDER);
            styled(star, "starred", a.bookmarked());
            vm.rowShown(getIndex());
        }

        /** A style class on or off, touched only when it changes: a changed class restyles the node. */
        private static void styled(javafx.scene.Node node, String styleClass, boolean on) {
            if (on != node.getStyleClass().contains(styleClass)) {
                if (on) {
                    node.getStyleClass().add(styleClass);
                } else {
                    node.getStyleClass().remove(styleClass);
                }
            }
        }
    }
}
