package vn.bantin.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import vn.bantin.data.ArticleRepository;
import vn.bantin.data.Gazetteer;
import vn.bantin.data.StatusRepository;
import vn.bantin.data.WorkJournal;
import vn.bantin.data.sqlite.Database;
import vn.bantin.data.FeedRepository;
import vn.bantin.data.sqlite.SqliteArticleRepository;
import vn.bantin.data.sqlite.SqliteCollectionRepository;
import vn.bantin.data.sqlite.SqliteFeedRepository;
import vn.bantin.ingest.feed.Http;
import vn.bantin.ingest.feed.SyncService;
import vn.bantin.data.sqlite.ProvinceTables;
import vn.bantin.data.sqlite.SqliteStatusRepository;
import vn.bantin.data.sqlite.SqliteWorkJournal;
import vn.bantin.data.sqlite.UpgradeCopies;
import vn.bantin.ingest.ImportService;
import vn.bantin.ingest.Library;
import vn.bantin.ingest.story.StoryRules;
import vn.bantin.ingest.tagging.ProvinceTagger;
import vn.bantin.service.Keeping;
import vn.bantin.service.Reading;
import vn.bantin.service.Subscriptions;

/** The wiring: the one place that builds the SQLite classes and hands out their interfaces. */
public final class AppContext implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AppContext.class.getName());

    private final Database db;
    private final ArticleRepository articles;
    private final StatusRepository statuses;
    private final ImportService importer;
    private final Gazetteer gazetteer;
    private final FeedRepository feeds;
    private final SyncService sync;
    private final WorkJournal journal;
    private final Library library;
    private final Reading reading;
    private final Subscriptions subscriptions;
    private final Keeping keeping;
    private final vn.bantin.service.export.Exporter exporter;
    private final vn.bantin.service.Backups backups;

    private AppContext(Database db, boolean stories, Http.Limits limits) {
        this(db, stories, limits, true);
    }

    /** Without {@code places}, the tagger knows the provinces and their landmarks only: bench's measure of their cost. */
    private AppContext(Database db, boolean stories, Http.Limits limits, boolean places) {
        this.db = db;
        this.gazetteer = Gazetteer.standard();
        SqliteArticleRepository sqliteArticles = new SqliteArticleRepository(db, stories ? new StoryRules() : null);
        this.articles = sqliteArticles;
        this.feeds = new SqliteFeedRepository(db, sqliteArticles);
        this.statuses = new SqliteStatusRepository(db);
        ProvinceTables.mirror(db, gazetteer); // the provinces that tags point to
        this.journal = new SqliteWorkJournal(db);
        ProvinceTagger tagger = places ? new ProvinceTagger(gazetteer) : new ProvinceTagger(gazetteer, java.util.List::of);
        this.importer = new ImportService(articles, tagger, Clock.systemUTC(), journal);
        this.library = new Library(articles, tagger, journal);
        this.sync = new SyncService(feeds, importer, new Http(limits), Clock.systemUTC(), journal);
        this.reading = new Reading(articles, statuses, feeds);
        this.subscriptions = new Subscriptions(feeds, sync);
        this.keeping = new Keeping(new SqliteCollectionRepository(db), new vn.bantin.data.sqlite.SqliteNoteRepository(db));
        this.exporter = new vn.bantin.service.export.Exporter(reading, keeping, gazetteer, Clock.systemDefaultZone());
        this.backups = new vn.bantin.service.Backups(new vn.bantin.data.sqlite.SqliteBackups(db));
        // what upgrades leave to do once per file (files from before stories: group their articles)
        library.afterUpgrade();
        library.noteParserOnOpen();
    }

    /** Opens a file named by the user: no samples are added to it. */
    public static AppContext open(Path file) {
        return open(file, true);
    }

    /** With {@code stories} false, every article stays its own story (the benchmark's baseline). */
    public static AppContext open(Path file, boolean stories) {
        return new AppContext(Database.open(file), stories, Http.Limits.DEFAULT);
    }

    /** With {@code places} false, the tagger does without the places below the province (bench --no-places). */
    public static AppContext open(Path file, boolean stories, boolean places) {
        return new AppContext(Database.open(file), stories, Http.Limits.DEFAULT, places);
    }

    /** With other download limits (tests use short time-outs). */
    public static AppContext open(Path file, Http.Limits limits) {
        return new AppContext(Database.open(file), true, limits);
    }

    /** Opens the embedded default, creating it with the sample articles on first use. */
    public static AppContext openDefault() {
        Path file = AppPaths.defaultDatabase();
        boolean fresh = !Files.exists(file);
        AppContext ctx = open(file);
        if (fresh) {
            ctx.importSamples();
        }
        return ctx;
    }

    public void importSamples() {
        long imported = importer.importDocuments(vn.bantin.ingest.Samples.documents(), ImportService.Progress.NONE).stream()
                .filter(r -> r.status() == ImportService.Status.IMPORTED).count();
        LOG.log(System.Logger.Level.DEBUG, "first run: imported " + imported + " sample articles into " + db.file());
    }

    /** Copies made before upgrades of this file's schema, newest first; each can be put back. */
    public List<Path> backups() {
        return UpgradeCopies.all(db.file());
    }

    /** Puts a copy made before an upgrade back (this context must be closed); returns where the current file went. */
    public static Path restore(Path file, Path backup) throws IOException {
        return UpgradeCopies.restore(file, backup);
    }

    /** A backup put back: what it holds, and where the file as it was went. */
    public record Restored(vn.bantin.data.BackupStore.Contents contents, Path kept) {
    }

    /**
     * Puts a backup the reader chose in place of {@code file} (this context must be closed), once it passed the
     * check: a file that is not a Bantin database, is damaged or is too new replaces nothing. The file as it was
     * is kept beside it.
     */
    public static Restored restoreBackup(Path file, Path backup) throws IOException {
        vn.bantin.data.BackupStore.Contents checked = vn.bantin.data.sqlite.SqliteBackups.inspect(backup);
        return new Restored(checked, UpgradeCopies.restore(file, backup));
    }

    /** Backing up the open file, and checking a backup before it is put back. */
    public vn.bantin.service.Backups fileBackups() {
        return backups;
    }

    public Path file() {
        return db.file();
    }

    /** Deflates the texts of articles stored by earlier builds (`bantin compact`); then {@link #giveRoomBack}. */
    public vn.bantin.data.TextCompactor compactor() {
        return new vn.bantin.data.sqlite.SqliteTextCompactor(db);
    }

    /** A closed file's free pages given back to the disk (VACUUM), in 8 KB pages; its size after. */
    public static long giveRoomBack(Path file) {
        return vn.bantin.data.sqlite.SqliteTextCompactor.vacuum(file);
    }

    public ArticleRepository articles() {
        return articles;
    }

    public StatusRepository statuses() {
        return statuses;
    }

    public ImportService importer() {
        return importer;
    }

    public FeedRepository feeds() {
        return feeds;
    }

    /** What the window needs, its background work sent to {@code runner}. */
    public vn.bantin.ui.Services services(vn.bantin.ui.TaskRunner runner) {
        return new vn.bantin.ui.Services(reading, subscriptions, keeping, exporter, backups, library, importer, gazetteer, runner);
    }

    /** Statements prepared on the file since it was opened (see {@link Database#statementsPrepared()}). */
    public long statementsPrepared() {
        return db.statementsPrepared();
    }

    /** What a reader does with the articles: the window's and the command line's one door to them. */
    /** Collections (and what else the reader keeps), for the window and the command line alike. */
    public Keeping keeping() {
        return keeping;
    }

    /** Writes a selection of articles to a file (Markdown, HTML, JSON Lines, CSV, EPUB, BibTeX, CSL-JSON). */
    public vn.bantin.service.export.Exporter exporter() {
        return exporter;
    }

    public Reading reading() {
        return reading;
    }

    /** Subscriptions: the one door to feeds for the window and the command line. */
    public Subscriptions subscriptions() {
        return subscriptions;
    }

    /** The stored articles as a whole: reading them again, grouping old files' articles. */
    public Library library() {
        return library;
    }

    /** Imports and syncs under way, and the one a crash cut short. */
    public WorkJournal journal() {
        return journal;
    }

    public SyncService sync() {
        return sync;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public void close() {
        try {
            articles.forgetAll(); // pictures kept for an Undo go with the chance to undo
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not drop the pictures of deleted articles; they stay in the file", e);
        }
        db.close();
    }
}
