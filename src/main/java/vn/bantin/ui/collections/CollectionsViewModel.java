package vn.bantin.ui.collections;

import static vn.bantin.i18n.Texts.t;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.bantin.domain.ArticleCollection;
import vn.bantin.service.Keeping;
import vn.bantin.ui.TaskRunner;

/**
 * The sidebar's collections: which one the list shows, each one's number beside it, and putting articles in and out
 * of them (by menu, by the C key, by dragging rows onto one).
 */
public final class CollectionsViewModel {
    private final Keeping keeping;
    private final TaskRunner runner;
    private final ObservableList<ArticleCollection> items = FXCollections.observableArrayList();
    private final ObjectProperty<ArticleCollection> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<Long, Long>> counts = new SimpleObjectProperty<>(Map.of());
    private final StringProperty error = new SimpleStringProperty();
    /** After a change: the collections read again (the window's refresh does that and more). */
    private Runnable onChange = this::reload;
    private boolean reloading;

    public CollectionsViewModel(Keeping keeping, TaskRunner runner) {
        this.keeping = keeping;
        this.runner = runner;
    }

    /** Called after articles went into or out of a collection, or one was made, renamed or removed: it reads the
     * collections again, and the list and the numbers follow. */
    public void setOnChange(Runnable r) {
        onChange = r;
    }

    public ObservableList<ArticleCollection> items() {
        return items;
    }

    /** The collection whose articles the list shows; null when none is chosen. */
    public ObjectProperty<ArticleCollection> selectedProperty() {
        return selected;
    }

    public Long selectedId() {
        ArticleCollection c = selected.get();
        return c == null ? null : c.id();
    }

    /** True while the items are replaced: the list control's cleared selection then is not the reader's choice. */
    public boolean reloading() {
        return reloading;
    }

    /** Each collection's number: the length of the list with it chosen, the other choices kept. */
    public void applyCounts(Map<Long, Long> perCollection) {
        counts.set(perCollection);
    }

    public ReadOnlyObjectProperty<Map<Long, Long>> countsProperty() {
        return counts;
    }

    public long countOf(ArticleCollection c) {
        return counts.get().getOrDefault(c.id(), 0L);
    }

    /** What went wrong last, said to the reader by the window. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public void reload() {
        runner.run(keeping::collections, list -> vn.bantin.ui.SourceLists.replace(items, selected, list, ArticleCollection::id,
                r -> reloading = r), e -> report(t("collections.error.read", e.getMessage())));
    }

    /** Puts the articles in the collection named, making it if there is none of that name. */
    public void addTo(String name, Collection<Long> articleKeys) {
        if (name == null || name.isBlank() || articleKeys.isEmpty()) {
            return;
        }
        runner.run(() -> keeping.add(keeping.create(name).id(), articleKeys), n -> onChange.run(), e -> report(e.getMessage()));
    }

    /** Takes the articles out of the collection. */
    public void removeFrom(ArticleCollection c, Collection<Long> articleKeys) {
        runner.run(() -> keeping.remove(c.id(), articleKeys), n -> onChange.run(), e -> report(e.getMessage()));
    }

    /** Takes the row out of the collection the list shows (the row's menu). */
    public void takeOutOfShown(vn.bantin.domain.ArticleSummary row) {
        ArticleCollection c = selected.get();
        if (c != null && row != null) {
            removeFrom(c, List.of(row.key()));
        }
    }

    /** A new, empty collection (the sidebar's + button). */
    public void create(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        runner.run(() -> keeping.create(name), c -> onChange.run(), e -> report(e.getMessage()));
    }

    public void rename(ArticleCollection c, String name) {
        runner.run(() -> {
            keeping.rename(c.id(), name);
            return c;
        }, x -> onChange.run(), e -> report(e.getMessage()));
    }

    /** The collection goes; its articles stay. */
    public void delete(ArticleCollection c) {
        runner.run(() -> {
            keeping.delete(c.id());
            return c;
        }, x -> {
            if (selectedId() != null && selectedId() == c.id()) {
                selected.set(null);
            }
            onChange.run();
        }, e -> report(e.getMessage()));
    }

    private void report(String words) {
        error.set(null);
        error.set(words);
    }
}
