package vn.bantin.ui.feeds;

import static vn.bantin.i18n.Texts.t;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.bantin.domain.Feed;
import vn.bantin.ingest.feed.SyncService;
import vn.bantin.service.Subscriptions;
import vn.bantin.ui.TaskRunner;

/** The sidebar's subscriptions: which one filters the list, and syncing them with progress and cancel. */
public final class FeedsViewModel {
    private final Subscriptions feeds;
    private final TaskRunner runner;
    private final ObservableList<Feed> items = FXCollections.observableArrayList();
    private final ObjectProperty<Feed> selected = new SimpleObjectProperty<>();
    private final vn.bantin.ui.Job job;
    private final ObjectProperty<List<SyncService.FeedResult>> results = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final IntegerProperty syncEveryMinutes = new SimpleIntegerProperty(0);
    private Runnable onChange = () -> { };
    private final ObjectProperty<java.util.Map<Long, Long>> counts = new SimpleObjectProperty<>(java.util.Map.of());
    private boolean reloading;

    public FeedsViewModel(Subscriptions feeds, TaskRunner runner) {
        this.feeds = feeds;
        this.job = new vn.bantin.ui.Job(runner);
        this.runner = runner;
    }

    /** Called when stored articles changed (a sync ended, a feed and its articles went). */
    public void setOnChange(Runnable r) {
        onChange = r;
    }

    public ObservableList<Feed> items() {
        return items;
    }

    /** The feed whose articles the list shows; null for every article. */
    public ObjectProperty<Feed> selectedProperty() {
        return selected;
    }

    /**
     * True while the list is being replaced: a list control clears its selection then, which is not the reader
     * choosing "no feed".
     */
    public boolean reloading() {
        return reloading;
    }

    /** Each feed's number: the length of the list with that feed chosen, the other choices kept. */
    public void applyCounts(java.util.Map<Long, Long> perFeed) {
        counts.set(perFeed);
    }

    public javafx.beans.property.ReadOnlyObjectProperty<java.util.Map<Long, Long>> countsProperty() {
        return counts;
    }

    public long countOf(Feed f) {
        return counts.get().getOrDefault(f.id(), 0L);
    }

    public Long selectedId() {
        Feed f = selected.get();
        return f == null ? null : f.id();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty syncRunningProperty() {
        return job.runningProperty();
    }

    public javafx.beans.property.ReadOnlyDoubleProperty syncProgressProperty() {
        return job.progressProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty syncStatusProperty() {
        return job.statusProperty();
    }

    /** Set when a sync ends: what it came to, feed by feed. */
    public ObjectProperty<List<SyncService.FeedResult>> resultsProperty() {
        return results;
    }

    public javafx.beans.property.ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Minutes between automatic syncs; 0 is never. */
    public IntegerProperty syncEveryMinutesProperty() {
        return syncEveryMinutes;
    }

    public void reload() {
        runner.run(feeds::list, list -> vn.bantin.ui.SourceLists.replace(items, selected, list, Feed::id, r -> reloading = r),
                e -> report(t("feeds.error.read", e.getMessage())));
    }

    /** Subscribes and, once the feed is known good, syncs it. */
    public void add(String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        job.say(t("feeds.checking", url.strip()));
        runner.run(() -> feeds.subscribe(url.strip()), f -> {
            job.say("");
            reload();
            sync(f.id());
        }, e -> {
            job.say("");
            report(t("feeds.error.subscribeTo", url.strip(), e.getMessage()));
        });
    }

    public void rename(Feed f, String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        runner.run(() -> {
            feeds.rename(f.id(), title);
            return null;
        }, x -> reload(), e -> report(t("feeds.error.rename", f.title(), e.getMessage())));
    }

    public void remove(Feed f, boolean deleteArticles) {
        runner.run(() -> feeds.remove(f.id(), deleteArticles), n -> {
            if (selectedId() != null && selectedId() == f.id()) {
                selected.set(null);
            }
            reload();
            onChange.run();
        }, e -> report(t("feeds.error.remove", f.title(), e.getMessage())));
    }

    /** Syncs every feed (or one), unless a sync is already running. */
    public void sync(Long only) {
        runSync(c -> feeds.sync(only, progress(c), c::cancelled));
    }

    /** Syncs the feeds a sync cut short by a crash had not finished. */
    public void resume(vn.bantin.domain.InterruptedWork work) {
        runSync(c -> feeds.resume(work, progress(c), c::cancelled));
    }

    private static SyncService.Listener progress(vn.bantin.ui.Job.Control c) {
        return (done, total, last) -> c.progress(done, total, t("feeds.progress", done, total, last.title(),
                Subscriptions.describe(last)));
    }

    private void runSync(vn.bantin.ui.Job.Work<List<SyncService.FeedResult>> work) {
        job.start(t("feeds.syncing"), work, (r, stopped) -> {
            job.say(stopped ? t("feeds.cancelled") : Subscriptions.summary(r));
            results.set(r);
            reload();
            onChange.run();
        }, e -> report(t("feeds.error.sync", e.getMessage())));
    }

    public void cancelSync() {
        job.cancel();
    }

    /** Subscribes to every feed an OPML file lists; they sync with the next sync. */
    private java.util.function.Supplier<List<vn.bantin.ingest.feed.Catalogue.Source>> catalogue =
            vn.bantin.ingest.feed.Catalogue::standard;

    /** Where the catalogue comes from (tests point it at a loopback server standing in for the outlets). */
    public void setCatalogue(java.util.function.Supplier<List<vn.bantin.ingest.feed.Catalogue.Source>> c) {
        catalogue = c;
    }

    /** Reads the catalogue off the FX thread and hands it to {@code show}. */
    public void loadCatalogue(java.util.function.Consumer<List<vn.bantin.ingest.feed.Catalogue.Source>> show) {
        runner.run(catalogue::get, show, e -> report(t("feeds.error.catalogue", e.getMessage())));
    }

    /** Whether a feed of that address is subscribed already. */
    public boolean subscribed(String url) {
        return items.stream().anyMatch(f -> f.url().equals(url));
    }

    /** Subscribes to the chosen feeds of the catalogue (each once), then syncs them. */
    public void subscribeAll(List<vn.bantin.ingest.feed.Catalogue.Source> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        runner.run(() -> {
            java.util.Set<String> have = new java.util.HashSet<>();
            feeds.list().forEach(f -> have.add(f.url()));
            int n = 0;
            for (vn.bantin.ingest.feed.Catalogue.Source c : chosen) {
                if (have.add(c.url())) {
                    feeds.add(c.url(), c.name(), c.site());
                    n++;
                }
            }
            return n;
        }, n -> {
            job.say(t("feeds.subscribed", n));
            reload();
            sync(null);
        }, e -> report(t("feeds.error.subscribe", e.getMessage())));
    }

    public void importOpml(java.nio.file.Path file) {
        runner.run(() -> feeds.importOpml(file), done -> {
            job.say(t("feeds.subscribedFrom", done.describe(file)));
            reload();
        }, e -> report(file + ": " + e.getMessage()));
    }

    public void exportOpml(java.nio.file.Path file) {
        runner.run(() -> feeds.exportOpml(file), n -> job.say(t("feeds.wrote", n, file.getFileName())),
                e -> report(t("error.write", file, e.getMessage())));
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
