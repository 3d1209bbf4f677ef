package vn.bantin.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.SetChangeListener;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.ingest.ImportService;
import vn.bantin.ui.detail.ArticleDetailViewModel;
import vn.bantin.ui.list.ArticleListViewModel;
import vn.bantin.ui.list.ListHeading;
import vn.bantin.ui.provinces.ProvincesViewModel;

/** The window's state: the three panes' view models, the search text, and imports. */
public final class MainViewModel {
    private final Services services;
    private final ProvincesViewModel provinces;
    private final vn.bantin.ui.map.MapViewModel map;
    private final vn.bantin.ui.timeline.TimelineViewModel timeline;
    private final ArticleListViewModel list;
    private final ArticleDetailViewModel detail;
    private final vn.bantin.ui.feeds.FeedsViewModel feeds;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final StringProperty header = new SimpleStringProperty("");
    private final StringProperty emptyMessage = new SimpleStringProperty("");
    private final Imports imports;
    private final StringProperty message = new SimpleStringProperty();
    private final BooleanProperty groupStories = new SimpleBooleanProperty(true);
    private final BooleanProperty oldestFirst = new SimpleBooleanProperty(false);
    private final CountsModel counts;
    private final vn.bantin.ui.reread.RereadViewModel reread;
    private final vn.bantin.ui.resume.ResumeViewModel resume;
    private final UndoSlot undo = new UndoSlot();
    private final MarkAllRead markAll;
    private final Deletions deletions;
    private final StoryCorrections stories;
    private final vn.bantin.ui.collections.CollectionsViewModel collections;
    private final vn.bantin.ui.export.ExportViewModel export;

    public MainViewModel(Services services) {
        this.services = services;
        this.imports = new Imports(services.runner(), this::refresh, this::report);
        this.provinces = new ProvincesViewModel(services.gazetteer());
        this.map = new vn.bantin.ui.map.MapViewModel(provinces, services.gazetteer(), services.runner());
        this.timeline = new vn.bantin.ui.timeline.TimelineViewModel(services.reading(), services.runner(),
                java.time.ZoneId.systemDefault().getRules().getOffset(java.time.Instant.now()), this::report);
        this.list = new ArticleListViewModel(services.reading(), services.runner());
        this.detail = new ArticleDetailViewModel(services.reading(), services.keeping(), services.runner());
        this.feeds = new vn.bantin.ui.feeds.FeedsViewModel(services.subscriptions(), services.runner());
        this.collections = new vn.bantin.ui.collections.CollectionsViewModel(services.keeping(), services.runner());
        this.counts = new CountsModel(services.reading(), services.runner(), c -> {
            provinces.applyCounts(c);
            feeds.applyCounts(c.feeds());
            collections.applyCounts(c.collections());
        }, this::report);
        detail.setWholePages(services.reading()::keptFromSummary, services.subscriptions()::fetchWhole);
        feeds.setOnChange(this::refresh);
        // All articles, Unread and Bookmarks are of every feed and collection: choosing one leaves a chosen one
        provinces.setOnSpecialChosen(() -> {
            feeds.selectedProperty().set(null);
            collections.selectedProperty().set(null);
        });
        this.reread = new vn.bantin.ui.reread.RereadViewModel(services.library(), services.runner());
        reread.setOnChange(this::refresh);
        this.resume = new vn.bantin.ui.resume.ResumeViewModel(services.library(), services.runner());
        this.markAll = new MarkAllRead(services, () -> list.queryProperty().get(), undo, this::refresh, this::report);
        this.deletions = new Deletions(services, list, undo, this::refreshThen, this::report);
        this.stories = new StoryCorrections(services, detail, this::refresh, this::report);
        this.export = new vn.bantin.ui.export.ExportViewModel(services.exporter(), services.backups(), services.runner(),
                this::report);
        collections.setOnChange(() -> {
            refresh();
            detail.reloadCollections();
        });
        // a collection and a feed together list the collection's articles that feed brought
        collections.selectedProperty().addListener((o, a, b) -> show(null));
        resume.setOnResume(w -> {
            if (w.kind() == vn.bantin.domain.InterruptedWork.Kind.IMPORT) {
                resumeImport(w);
            } else {
                feeds.resume(w);
            }
        });
        feeds.selectedProperty().addListener((o, a, b) -> {
            if ((a == null) != (b == null) || (a != null && a.id() != b.id())) {
                show(null);
            }
        });
        // a choice of what to see changes the list, and the counts only when what they count changed with it
        provinces.specialProperty().addListener((o, a, b) -> show(null));
        provinces.modeProperty().addListener((o, a, b) -> show(null));
        provinces.selected().addListener((SetChangeListener<String>) c -> show(null));
        searchText.addListener((o, a, b) -> show(null));
        groupStories.addListener((o, a, b) -> show(null));
        oldestFirst.addListener((o, a, b) -> show(null));
        timeline.rangeProperty().addListener((o, a, b) -> show(null));
        list.loadingProperty().addListener((o, a, b) -> {
            timeline.listLoading(b);
            map.listLoading(b);
        });
        list.selectedIndexProperty().addListener((o, a, b) -> openSelected());
        list.totalProperty().addListener((o, a, b) -> updateHeader(list.queryProperty().get()));
        // a failed load or save is said to the reader, not only kept in a pane's state
        for (var error : List.of(list.errorProperty(), detail.errorProperty(), feeds.errorProperty(), collections.errorProperty())) {
            error.addListener((o, a, b) -> report(b));
        }
    }

    /** The sidebar's map: the same choice and counts as the province list. */
    public vn.bantin.ui.map.MapViewModel map() {
        return map;
    }

    /** The provinces and units the sidebar and the tags name. */
    vn.bantin.data.Gazetteer gazetteer() {
        return services.gazetteer();
    }

    /** A new view model on the same services, for a window built again (in another language). */
    MainViewModel fresh() {
        return new MainViewModel(services);
    }

    /** The days under the map: the list's articles by day, and the range that cuts the list and the counts. */
    public vn.bantin.ui.timeline.TimelineViewModel timeline() {
        return timeline;
    }

    public ProvincesViewModel provinces() {
        return provinces;
    }

    public ArticleListViewModel list() {
        return list;
    }

    public ArticleDetailViewModel detail() {
        return detail;
    }

    /** The offer to read stored articles again after an upgrade of the parsers, and that re-read. */
    public vn.bantin.ui.reread.RereadViewModel reread() {
        return reread;
    }

    /** Mark all as read. */
    public MarkAllRead markAll() {
        return markAll;
    }

    /** Deleting the selected row or the samples. */
    public Deletions deletions() {
        return deletions;
    }

    /** The last action that can be undone, and its Undo. */
    public UndoSlot undo() {
        return undo;
    }

    /** The notice of an import or sync a crash cut short. */
    public vn.bantin.ui.resume.ResumeViewModel resume() {
        return resume;
    }

    public vn.bantin.ui.feeds.FeedsViewModel feeds() {
        return feeds;
    }

    public vn.bantin.ui.collections.CollectionsViewModel collections() {
        return collections;
    }

    public vn.bantin.ui.export.ExportViewModel export() {
        return export;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public StringProperty headerProperty() {
        return header;
    }

    public StringProperty emptyMessageProperty() {
        return emptyMessage;
    }

    /** The running import: its progress, its status line, whether it runs. */
    public Job importJob() {
        return imports.job();
    }

    /** Set when an import ends: what happened to each input. */
    public javafx.beans.property.ReadOnlyObjectProperty<List<ImportService.Result>> importResultsProperty() {
        return imports.results();
    }

    public javafx.beans.property.ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** One row per story (several outlets' reports of one event) instead of one per article. */
    public BooleanProperty groupStoriesProperty() {
        return groupStories;
    }

    /** The list oldest first instead of newest first (View › Oldest first; a search stays best first). */
    public BooleanProperty oldestFirstProperty() {
        return oldestFirst;
    }

    /** The query the list shows: the sidebar's choice, the selected provinces, and the search text. */
    public ArticleQuery query() {
        vn.bantin.ui.timeline.TimelineViewModel.Range r = timeline.rangeProperty().get();
        return provinces.specialProperty().get().query(provinces.selectedProvinceIds(), r.from(), r.to(), searchText.get(),
                groupStories.get(), feeds.selectedId(), oldestFirst.get(), collections.selectedId());
    }

    /** Refreshes after every write to the file by anyone else, until closed. */
    OtherWriters watchOtherWriters() {
        return new OtherWriters(services.reading()::othersVersion,
                () -> services.runner() instanceof FxTaskRunner fx && !fx.idle(), services.runner(), () -> {
                    feeds.reload();
                    collections.reload();
                    list.followOtherWriter();
                    counts.recount(list.queryProperty().get());
                });
    }

    /** After the stored articles changed (an import, a sync, a write): the list, every count, the feed list. */
    public void refresh() {
        refreshThen(null);
    }

    /** As {@link #refresh()}, then {@code then} once the list's first page is in. */
    void refreshThen(Runnable then) {
        feeds.reload();
        collections.reload();
        counts.invalidate();
        timeline.invalidate();
        show(then);
    }

    /** After the reader chose what to see: the list, and the counts if what they count is another set now. */
    private void show(Runnable then) {
        ArticleQuery q = query();
        list.queryProperty().set(q);
        detail.highlightProperty().set(q.text());
        counts.showAround(q, () -> list.reload(then));
        updateHeader(q); // the total listener updates it again when the count arrives
        timeline.load(q);
    }

    /** After a write that changes counts but not which articles the list holds (reading, bookmarking). */
    private void recount() {
        counts.recount(list.queryProperty().get());
    }

    private void updateHeader(ArticleQuery q) {
        String feed = q.feedId() == null ? null : feeds.items().stream().filter(f -> f.id() == q.feedId())
                .map(vn.bantin.domain.Feed::title).findFirst().orElse(null);
        if (collections.selectedProperty().get() != null) {
            feed = (feed == null ? "" : feed + " · ") + collections.selectedProperty().get().name();
        }
        String places = String.join(", ", provinces.selected().stream().map(provinces::nameOf).toList());
        ProvincesViewModel.Special special = provinces.specialProperty().get();
        String when = timeline.rangeProperty().get().all() ? null : timeline.describe();
        header.set(ListHeading.header(special, feed, places, q.text(), when, list.totalProperty().get(), q.groupsStories()));
        emptyMessage.set(ListHeading.empty(special, places, q.text(), when));
    }

    private void openSelected() {
        ArticleSummary s = list.selected();
        if (s == null) {
            return;
        }
        stories.opened(s.key());
        detail.open(s.key(), a -> {
            if (!s.read()) {
                list.updateRow(ArticleListViewModel.withStatus(s, true, a.status().bookmarked()));
                recount();
            }
        });
    }

    public void next() {
        list.move(1);
    }

    public void previous() {
        list.move(-1);
    }

    public void nextUnread() {
        list.selectNextUnread();
    }

    public void toggleBookmark() {
        ArticleSummary s = list.selected();
        Article open = detail.articleProperty().get();
        if (s == null && open == null) {
            return;
        }
        long key = s != null ? s.key() : open.key();
        boolean now = s != null ? !s.bookmarked() : !open.status().bookmarked();
        detail.setBookmarked(key, now, () -> {
            if (s != null) {
                list.updateRow(ArticleListViewModel.withStatus(s, s.read(), now));
            }
            recount();
        });
    }

    /** Adds a province to the open article, or takes one off it; lists and counts follow. */
    public void correctProvince(String provinceId, boolean add) {
        detail.correctProvince(provinceId, add, this::refresh);
    }

    public void toggleRead() {
        ArticleSummary s = list.selected();
        if (s != null) {
            setRead(!s.read());
        }
    }

    /** The selected row read or unread, as a menu named it when it opened (opening the row may have read it since). */
    public void setRead(boolean now) {
        ArticleSummary s = list.selected();
        if (s == null) {
            return;
        }
        detail.setRead(s.key(), now, () -> {
            list.updateRow(ArticleListViewModel.withStatus(s, now, s.bookmarked()));
            recount();
        });
    }

    /** The address to open in the browser for the open article, if it has a web address. */
    public String originalUrl() {
        Article a = detail.articleProperty().get();
        return a != null && ArticleDetailViewModel.openable(a.url()) ? a.url() : null;
    }

    /** Opens another outlet's version of the open story in the reading view. */
    public void openVersion(long key) {
        detail.open(key, null);
    }

    /** Takes the open article out of its story: the reader says it is not the same event. */
    public void splitOpenArticle() {
        stories.splitOpenArticle();
    }

    /** The open article's story and the one read just before it are one event, the reader says. */
    public void mergeWithPrevious() {
        stories.mergeWithPrevious();
    }

    /** Filters the list to one province (a chip in the reading view). */
    public void showProvince(String provinceId) {
        provinces.modeProperty().set(ProvincesViewModel.Mode.PROVINCES_63);
        provinces.specialProperty().set(ProvincesViewModel.Special.ALL);
        provinces.selectOnly(provinceId);
    }

    // ---- import -------------------------------------------------------------------------------------

    /** Imports files and folders in the background; the list and counts refresh when it ends. */
    public void importPaths(List<Path> paths) {
        if (!paths.isEmpty()) {
            imports.run(progress -> services.importer().importPaths(paths, progress));
        }
    }

    /** Imports the files an import cut short by a crash had not stored. */
    public void resumeImport(vn.bantin.domain.InterruptedWork work) {
        imports.run(progress -> services.importer().resume(work, progress));
    }

    public void cancelImport() {
        imports.job().cancel();
    }

    /** Tells the reader something went wrong; through null first, so the same words twice are told twice. */
    private void report(String words) {
        if (words != null) {
            message.set(null);
            message.set(words);
        }
    }
}
