package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema's history, oldest first. Migration N brings a file from user_version N-1 to N inside one
 * transaction; a file is never left half-migrated.
 */
public final class Migrations {
    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    /**
     * One step of the schema. Its statements are made when it runs: a file already at the latest schema, as at every
     * start but the first, does not build the triggers' SQL (a tenth of a second before the window on this machine).
     */
    public record Migration(int version, String name, java.util.function.Supplier<List<String>> made) {
        Migration(int version, String name, List<String> statements) {
            this(version, name, () -> statements);
        }

        public List<String> statements() {
            return made.get();
        }
    }

    static final List<Migration> ALL = List.of(
            new Migration(1, "articles, sources, status, provinces, search index", List.of(
                    """
                    CREATE TABLE sources (
                      id TEXT PRIMARY KEY,
                      name TEXT NOT NULL,
                      homepage TEXT
                    )""",
                    """
                    CREATE TABLE articles (
                      id INTEGER PRIMARY KEY,
                      uid TEXT NOT NULL UNIQUE,
                      source_id TEXT NOT NULL REFERENCES sources(id),
                      url TEXT,
                      title TEXT NOT NULL,
                      lead TEXT NOT NULL,
                      published_at TEXT,
                      sort_ts INTEGER NOT NULL,
                      language TEXT NOT NULL,
                      imported_at TEXT NOT NULL,
                      raw_name TEXT
                    )""",
                    // The long text lives apart, so that a page of list rows reads small records only.
                    """
                    CREATE TABLE article_texts (
                      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                      body TEXT NOT NULL,
                      captions TEXT NOT NULL,
                      raw_input BLOB NOT NULL
                    )""",
                    "CREATE INDEX articles_newest ON articles(sort_ts DESC, id DESC)",
                    "CREATE INDEX articles_source ON articles(source_id, sort_ts DESC, id DESC)",
                    """
                    CREATE TABLE article_status (
                      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                      read INTEGER NOT NULL DEFAULT 0,
                      bookmarked INTEGER NOT NULL DEFAULT 0,
                      bookmarked_at TEXT
                    )""",
                    "CREATE INDEX status_bookmarked ON article_status(article_id) WHERE bookmarked = 1",
                    """
                    CREATE TABLE units_2025 (
                      id TEXT PRIMARY KEY,
                      name_vi TEXT NOT NULL,
                      name_en TEXT NOT NULL,
                      type TEXT NOT NULL,
                      region TEXT NOT NULL,
                      lat REAL, lon REAL
                    )""",
                    """
                    CREATE TABLE provinces (
                      id TEXT PRIMARY KEY,
                      name_vi TEXT NOT NULL,
                      name_en TEXT NOT NULL,
                      type TEXT NOT NULL,
                      region TEXT NOT NULL,
                      unit_2025 TEXT NOT NULL REFERENCES units_2025(id),
                      lat REAL, lon REAL
                    )""",
                    """
                    CREATE TABLE article_provinces (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      province_id TEXT NOT NULL REFERENCES provinces(id),
                      relation TEXT NOT NULL CHECK (relation IN ('about', 'mentioned')),
                      mentions INTEGER NOT NULL,
                      sort_ts INTEGER NOT NULL,
                      PRIMARY KEY (article_id, province_id)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX article_provinces_by_province ON article_provinces(province_id, relation, sort_ts DESC, article_id DESC)",
                    // Counts the sidebar shows on every change, kept up to date by triggers instead of counted.
                    "CREATE TABLE counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID",
                    "INSERT INTO counts(name, n) VALUES ('articles', 0)",
                    """
                    CREATE TRIGGER count_article_in AFTER INSERT ON articles BEGIN
                      UPDATE counts SET n = n + 1 WHERE name = 'articles';
                    END""",
                    """
                    CREATE TRIGGER count_article_out AFTER DELETE ON articles BEGIN
                      UPDATE counts SET n = n - 1 WHERE name = 'articles';
                    END""",
                    """
                    CREATE TRIGGER count_about_in AFTER INSERT ON article_provinces WHEN NEW.relation = 'about' BEGIN
                      INSERT INTO counts(name, n) VALUES ('about:' || NEW.province_id, 1)
                        ON CONFLICT(name) DO UPDATE SET n = n + 1;
                    END""",
                    """
                    CREATE TRIGGER count_about_out AFTER DELETE ON article_provinces WHEN OLD.relation = 'about' BEGIN
                      UPDATE counts SET n = n - 1 WHERE name = 'about:' || OLD.province_id;
                    END""",
                    SearchLayout.create("article_search")
            )),
            new Migration(2, "stories: one event reported by several outlets", List.of(
                    """
                    CREATE TABLE article_stories (
                      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
                      story_id INTEGER NOT NULL,
                      lead INTEGER NOT NULL DEFAULT 1,
                      pinned INTEGER NOT NULL DEFAULT 0,
                      minhash BLOB
                    )""",
                    "CREATE INDEX article_stories_story ON article_stories(story_id)",
                    "CREATE INDEX story_leads ON article_stories(article_id) WHERE lead = 1",
                    """
                    CREATE TABLE story_keys (
                      key INTEGER NOT NULL,
                      day INTEGER NOT NULL,
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      PRIMARY KEY (key, day, article_id)
                    ) WITHOUT ROWID""",
                    // Articles stored before stories existed each start as their own story, with no fingerprint
                    // yet; the app fingerprints and groups them when it next opens the file.
                    "INSERT INTO article_stories(article_id, story_id) SELECT id, id FROM articles"
            )),
            new Migration(3, "feeds, their entries, and images kept for reading offline", List.of(
                    """
                    CREATE TABLE feeds (
                      id INTEGER PRIMARY KEY,
                      url TEXT NOT NULL UNIQUE,
                      title TEXT NOT NULL,
                      site_url TEXT,
                      etag TEXT,
                      last_modified TEXT,
                      last_sync TEXT,
                      last_status TEXT,
                      added_at TEXT NOT NULL
                    )""",
                    // an entry is known by its feed and guid, so a second sync fetches nothing it has; the article
                    // it became may also have come from a saved page or another feed (same article id)
                    """
                    CREATE TABLE feed_items (
                      feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
                      guid TEXT NOT NULL,
                      article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
                      entry_updated TEXT,
                      PRIMARY KEY (feed_id, guid)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX feed_items_article ON feed_items(article_id, feed_id)",
                    // one copy of a picture however many articles show it
                    """
                    CREATE TABLE images (
                      id INTEGER PRIMARY KEY,
                      sha256 TEXT NOT NULL UNIQUE,
                      mime TEXT NOT NULL,
                      bytes BLOB NOT NULL
                    )""",
                    """
                    CREATE TABLE article_images (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      image_id INTEGER NOT NULL REFERENCES images(id),
                      url TEXT,
                      caption TEXT,
                      PRIMARY KEY (article_id, position)
                    ) WITHOUT ROWID""",
                    // deleting an article (a removed feed's, when the reader asks) finds its keys without a scan
                    "CREATE INDEX story_keys_article ON story_keys(article_id)"
            )),
            // files at schema 3 exist (feeds came a step before authors), so authors are a step of their own
            new Migration(4, "the writer of an article, when its page names one", List.of(
                    "ALTER TABLE articles ADD COLUMN author TEXT"
            )),
            new Migration(5, "why an article has each province, and the reader's corrections of its provinces", List.of(
                    // lines of "how<TAB>words": the words of the article that made the tag
                    "ALTER TABLE article_provinces ADD COLUMN evidence TEXT",
                    "ALTER TABLE article_provinces ADD COLUMN by_reader INTEGER NOT NULL DEFAULT 0",
                    // kept apart from the tags, which re-reading writes anew, so the reader's word outlives them
                    """
                    CREATE TABLE province_corrections (
                      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                      province_id TEXT NOT NULL REFERENCES provinces(id),
                      action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
                      corrected_at TEXT NOT NULL,
                      PRIMARY KEY (article_id, province_id)
                    ) WITHOUT ROWID"""
            )),
            new Migration(6, "imports and syncs under way, so one a crash cut short is told and can be resumed", List.of(
                    // the process is named by its pid and start time, so a run of a process still alive (another
                    // window, a CLI import) is not taken for an interrupted one, nor a reused pid for the same process
                    """
                    CREATE TABLE work_runs (
                      id INTEGER PRIMARY KEY,
                      kind TEXT NOT NULL CHECK (kind IN ('import', 'sync')),
                      started_at TEXT NOT NULL,
                      pid INTEGER NOT NULL,
                      process_started TEXT,
                      finished_at TEXT
                    )""",
                    """
                    CREATE TABLE work_items (
                      run_id INTEGER NOT NULL REFERENCES work_runs(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      item TEXT NOT NULL,
                      done INTEGER NOT NULL DEFAULT 0,
                      PRIMARY KEY (run_id, position)
                    ) WITHOUT ROWID"""
            )),
            new Migration(7, "the sidebar's numbers for stories, 2025 units and read articles, kept by triggers",
                    KeptCounts::migration),
            new Migration(8, "the read articles and stories about each province and 2025 unit, kept by the same triggers",
                    KeptCounts::migrationEight),
            new Migration(9, "the reader's collections, notes and highlights", Keeping::migration),
            new Migration(10, "the words of the search index, for a word still being typed", SearchWords::migration),
            new Migration(11, "the stories about each province and 2025 unit kept by day, for the timeline's ranges",
                    KeptCounts::migrationEleven),
            new Migration(12, "the dictionary the file's article bodies are packed with", List.of(
                    """
                    CREATE TABLE text_dictionaries (
                      id INTEGER PRIMARY KEY,
                      dictionary BLOB NOT NULL,
                      trained_at TEXT NOT NULL,
                      samples INTEGER NOT NULL
                    )""")),
            new Migration(13, "the search index writes a batch of articles as one segment",
                    List.of(SearchLayout.settings("article_search")))
    );

    private Migrations() {
    }

    public static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }

    static void migrate(Connection c) throws SQLException {
        int current = Database.userVersion(c);
        for (Migration m : ALL) {
            if (m.version() <= current) {
                continue;
            }
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                // another process may have migrated the file while this one waited for the write lock (two
                // Bantins opening a new file together): what is done is read again inside the transaction
                if (Database.userVersion(c) >= m.version()) {
                    c.commit();
                    continue;
                }
                for (String sql : m.statements()) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + m.version());
                c.commit();
                LOG.log(System.Logger.Level.DEBUG, "migrated to schema " + m.version() + " (" + m.name() + ")");
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
