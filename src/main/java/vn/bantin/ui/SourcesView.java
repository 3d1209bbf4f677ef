package vn.bantin.ui;

import static vn.bantin.i18n.Texts.t;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import vn.bantin.ui.collections.CollectionsView;
import vn.bantin.ui.collections.CollectionsViewModel;
import vn.bantin.ui.feeds.FeedsView;
import vn.bantin.ui.feeds.FeedsViewModel;

/**
 * The sidebar's foot: Feeds or Collections, one at a time, switched where their title is. Both lists shown at once
 * left the provinces three rows at 1280×720 (seen on a screenshot). Choosing a feed or a collection elsewhere (the
 * list's menu, a key) shows its section.
 */
final class SourcesView extends StackPane {
    SourcesView(FeedsView feeds, CollectionsView collections, FeedsViewModel feedsVm, CollectionsViewModel collectionsVm) {
        setId("sources");
        ToggleGroup group = new ToggleGroup();
        ToggleButton feedsTab = tab(t("feeds.title"), "sources-feeds", group);
        ToggleButton collectionsTab = tab(t("collections.title"), "sources-collections", group);
        HBox tabs = new HBox(2, feedsTab, collectionsTab);
        tabs.getStyleClass().add("sources-tabs");
        getChildren().addAll(feeds, collections);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) { // one is always shown
                a.setSelected(true);
                return;
            }
            boolean showFeeds = b == feedsTab;
            feeds.setVisible(showFeeds);
            collections.setVisible(!showFeeds);
            if (showFeeds) {
                feeds.putTitle(tabs);
            } else {
                collections.putTitle(tabs);
            }
        });
        feedsTab.setSelected(true);
        feedsVm.selectedProperty().addListener((o, a, b) -> {
            if (b != null) {
                feedsTab.setSelected(true);
            }
        });
        collectionsVm.selectedProperty().addListener((o, a, b) -> {
            if (b != null) {
                collectionsTab.setSelected(true);
            }
        });
        // the first collection made (the C key, a row's menu) shows where it went
        collectionsVm.items().addListener((javafx.collections.ListChangeListener<vn.bantin.domain.ArticleCollection>) c -> {
            c.next();
            if (c.getList().size() > c.getRemovedSize() && c.getRemovedSize() == 0 && c.getList().size() == c.getAddedSize()
                    && !c.getList().isEmpty() && feedsVm.items().isEmpty()) {
                collectionsTab.setSelected(true);
            }
        });
    }

    private static ToggleButton tab(String text, String id, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.getStyleClass().addAll("flat", "small", "sources-tab");
        b.setFocusTraversable(false);
        return b;
    }
}
