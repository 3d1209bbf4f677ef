package vn.bantin.ui.list;

import static vn.bantin.i18n.Texts.t;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.bantin.data.ReadAbandonedException;
import vn.bantin.service.Reading;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;
import vn.bantin.ui.TaskRunner;

/**
 * The article list: pages of summaries loaded as the reader scrolls, newest first. A newer query makes the
 * answers to older ones stale; they are dropped when they arrive.
 */
public final class ArticleListViewModel {
    public static final int PAGE = 100;

    private final Reading articles;
    private final TaskRunner runner;
    private final ObservableList<ArticleSummary> items = FXCollections.observableArrayList();
    private final ObjectProperty<ArticleQuery> query = new SimpleObjectProperty<>(ArticleQuery.ALL);
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    /** The id of the article chosen before a reload whose list did not have it; null when it is in view. */
    private String outOfView;
    private final StringProperty error = new SimpleStringProperty();
    private PageCursor next;
    /** Read by the workers too: a query the reader has already left is not run at all. */
    private volatile int generation;
    private boolean loadingMore;

    /** The ids of the sample articles a new file comes with, so that their rows say so. */
    private final javafx.collections.ObservableSet<String> samples = FXCollections.observableSet();

    public ArticleListViewModel(Reading articles, TaskRunner runner) {
        this.articles = articles;
        this.runner = runner;
        runner.run(vn.bantin.ingest.Samples::ids, samples::addAll, e -> report(t("error.samples", e.getMessage())));
    }

    /** One of the articles Bantin came with (File › Remove the sample articles… takes them away). */
    public boolean isSample(ArticleSummary a) {
        return samples.contains(a.id());
    }

    public javafx.collections.ObservableSet<String> samples() {
        return samples;
    }

    public ObservableList<ArticleSummary> items() {
        return items;
    }

    public ObjectProperty<ArticleQuery> queryProperty() {
        return query;
    }

    /** How many the query finds in all; -1 while it is being counted. */
    public ReadOnlyLongProperty totalProperty() {
        return total;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /**
     * On the window's thread, before it is first shown: waits up to {@code maxMillis} for the page asked for last,
     * so that the first frame draws the list (and no second layout follows for it). True if the page is in.
     */
    public boolean awaitPage(long maxMillis) {
        return runner.awaitOnUiThread(() -> !loading.get(), maxMillis);
    }

    /** The selected row, or -1; changed by {@link #select}, {@link #move} and the reloads. */
    public javafx.beans.property.ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** The reader chose a row (a click, the keyboard in the list, a test). */
    public void select(int index) {
        outOfView = null;
        selectedIndex.set(index < items.size() ? index : -1);
    }

    /** A row is on screen: near the end of what is loaded, the next page is asked for. */
    public void rowShown(int index) {
        if (index >= items.size() - 10 && hasMore()) {
            loadMore(null);
        }
    }

    public javafx.beans.property.ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ArticleSummary selected() {
        int i = selectedIndex.get();
        return i >= 0 && i < items.size() ? items.get(i) : null;
    }

    /** Loads the first page and the total for the current query, keeping the selected article if it is still there. */
    public void reload() {
        reload(null);
    }

    public void reload(Runnable then) {
        int gen = ++generation;
        ArticleQuery q = query.get();
        // the article the reader had open, even when a list in between did not have it: typing a search letter by
        // letter passes through lists without it, and clearing the search should find it chosen again
        String keep = selected() == null ? outOfView : selected().id();
        loading.set(true);
        // no next page until this query's first one is here; one still coming for the last query is dropped
        next = null;
        loadingMore = false;
        total.set(-1); // not known yet: better no number than the last query's
        // the page first, the total after it: counting every match of a common word in a large file takes
        // longer than finding the first page of them, and the reader is waiting for the page
        runner.run(() -> gen != generation ? null : articles.page(q, null, PAGE), page -> {
            if (gen != generation || page == null) {
                return;
            }
            items.setAll(page.items());
            next = page.next();
            // a count of every match of a common word can take seconds at a million articles: skipped when the
            // reader has typed on or picked another province before a worker gets to it
            // and one under way is stopped: it held the read connection, and the next letter's page waited behind it
            runner.run(() -> articles.count(q, () -> gen != generation), n -> {
                if (gen == generation) {
                    total.set(n);
                }
            }, e -> {
                if (gen == generation && !(e instanceof ReadAbandonedException)) {
                    report(t("error.count", e.getMessage()));
                }
            });
            loading.set(false);
            report(null);
            int idx = -1;
            for (int i = 0; keep != null && i < items.size(); i++) {
                if (items.get(i).id().equals(keep)) {
                    idx = i;
                }
            }
            outOfView = idx < 0 ? keep : null;
            selectedIndex.set(idx);
            if (then != null) {
                then.run();
            }
        }, e -> {
            if (gen == generation) {
                loading.set(false);
                report(t("error.load", e.getMessage()));
            }
        });
    }

    /**
     * After someone else wrote to the file: the first page read again, as the reader left it (the selection kept);
     * a list scrolled past its first page keeps its rows, which a reload would take from under the reader, and
     * only its count is asked again.
     */
    public void followOtherWriter() {
        if (items.size() <= PAGE) {
            reload();
            return;
        }
        int gen = generation;
        ArticleQuery q = query.get();
        runner.run(() -> articles.count(q), n -> {
            if (gen == generation) {
                total.set(n);
            }
        }, e -> report(t("error.count", e.getMessage())));
    }

    public boolean hasMore() {
        return next != null;
    }

    /** Appends the next page; the view asks when the reader scrolls near the end. */
    public void loadMore(Runnable then) {
        if (next == null || loadingMore) {
            return;
        }
        loadingMore = true;
        int gen = generation;
        ArticleQuery q = query.get();
        PageCursor after = next;
        runner.run(() -> articles.page(q, after, PAGE), page -> {
            if (gen != generation) {
                return; // the flag is the newer query's now
            }
            loadingMore = false;
            items.addAll(page.items());
            next = page.next();
            if (then != null) {
                then.run();
            }
        }, e -> {
            if (gen == generation) {
                loadingMore = false;
                report(t("error.loadMore", e.getMessage()));
            }
        });
    }

    /** Moves the selection by {@code delta} rows, loading more rows when it runs past the loaded ones. */
    public void move(int delta) {
        int target = Math.max(0, selectedIndex.get() + delta);
        if (target < items.size()) {
            selectedIndex.set(target);
        } else if (hasMore()) {
            loadMore(() -> selectedIndex.set(Math.min(target, items.size() - 1)));
        }
    }

    /** Selects the next unread article after the selection; true if there was one among the loaded rows. */
    public boolean selectNextUnread() {
        for (int i = selectedIndex.get() + 1; i < items.size(); i++) {
            if (!items.get(i).read()) {
                selectedIndex.set(i);
                return true;
            }
        }
        if (hasMore()) {
            loadMore(this::selectNextUnread);
        }
        return false;
    }

    /** Shows a changed read or bookmark state in its row without reloading the list. */
    public void updateRow(ArticleSummary changed) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key() == changed.key()) {
                items.set(i, changed);
                return;
            }
        }
    }

    public static ArticleSummary withStatus(ArticleSummary a, boolean read, boolean bookmarked) {
        return new ArticleSummary(a.key(), a.id(), a.title(), a.sourceName(), a.url(), a.published(), a.sortTs(), a.lead(),
                a.aboutIds(), a.mentionedIds(), read, bookmarked,
                bookmarked ? (a.bookmarkedAt() != null ? a.bookmarkedAt() : java.time.Instant.now()) : null, a.rank(),
                a.storyId(), a.otherSources());
    }

    /**
     * Tells the reader something went wrong: the property passes through null first, so the same words twice (two
     * failed saves in a row) are told twice. Null tells nothing.
     */
    private void report(String words) {
        if (words != null) {
            error.set(null);
            error.set(words);
        }
    }
}
