package vn.bantin.ui.collections;

import static vn.bantin.i18n.Texts.t;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
    private final StringProperty said = new SimpleStringProperty("");
    private Runnable onChange = () -> { };
    private boolean reloading;

    public CollectionsViewModel(Keeping keeping, TaskRunner runner) {
        this.keeping = keeping;
        this.runner = runner;
    }

    /** Called after articles went into or out of a collection, or one went: the list and the numbers follow. */
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

    /** What the last change did ("Added 3 articles to “Da Nang brief”"), for the status line. */
    public ReadOnlyStringProperty saidProperty() {
        return said;
    }

    public void reload() {
        runner.run(keeping::collections, list -> {
            Long keep = selectedId();
            reloading = true;
            try {
                items.setAll(list);
            } finally {
                reloading = false;
            }
            selected.set(keep == null ? null : list.stream().filter(c -> c.id() == keep).findFirst().orElse(null));
        }, e -> report(t("collections.error.read", e.getMessage())));
    }

    /** Puts the articles in the collection named, making it if there is none of that name. */
    public void addTo(String name, Collection<Long> articleKeys) {
        if (name == null || name.isBlank() || articleKeys.isEmpty()) {
            return;
        }
        runner.run(() -> {
            ArticleCollection c = keeping.create(name);
            int added = keeping.add(c.id(), articleKeys);
            return t("collections.added", added, c.name());
        }, this::changed, e -> report(e.getMessage()));
    }

    /** Takes the articles out of the collection. */
    public void removeFrom(ArticleCollection c, Collection<Long> articleKeys) {
        runner.run(() -> t("collections.takenOut", keeping.remove(c.id(), articleKeys), c.name()), this::changed,
                e -> report(e.getMessage()));
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
        runner.run(() -> keeping.create(name).name(), n -> changed(t("collections.created", n)), e -> report(e.getMessage()));
    }

    public void rename(ArticleCollection c, String name) {
        runner.run(() -> {
            keeping.rename(c.id(), name);
            return "";
        }, this::changed, e -> report(e.getMessage()));
    }

    /** The collection goes; its articles stay. */
    public void delete(ArticleCollection c) {
        runner.run(() -> {
            keeping.delete(c.id());
            return t("collections.deleted", c.name());
        }, s -> {
            if (selectedId() != null && selectedId() == c.id()) {
                selected.set(null);
            }
            changed(s);
        }, e -> report(e.getMessage()));
    }

    /** The collections an article is in, for its menu. */
    public void collectionsOf(long articleKey, Consumer<List<ArticleCollection>> then) {
        runner.run(() -> keeping.of(articleKey), then, e -> report(e.getMessage()));
    }

    private void changed(String words) {
        said.set(words);
        reload();
        onChange.run();
    }

    private void report(String words) {
        error.set(null);
        error.set(words);
    }
}
