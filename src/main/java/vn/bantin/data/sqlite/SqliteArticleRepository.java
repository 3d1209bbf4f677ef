package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import vn.bantin.data.ArticleRepository;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Source;

public final class SqliteArticleRepository implements ArticleRepository {
    private final Database db;
    private final vn.bantin.data.StoryMatcher stories;
    private final ListQueries lists;
    private final CountQueries counts;
    private final StoryStore storyStore;
    private final KeptBeside kept;

    /** A repository that stores every article as its own story. */
    public SqliteArticleRepository(Database db) {
        this(db, null);
    }

    public SqliteArticleRepository(Database db, vn.bantin.data.StoryMatcher stories) {
        this.db = db;
        this.stories = stories;
        this.lists = new ListQueries(db);
        this.counts = new CountQueries(db);
        this.storyStore = new StoryStore(db, stories);
        this.kept = new KeptBeside(db);
    }

    // ---- the list and the stories, each in a file of its own -------------------------------------------

    @Override
    public Page<ArticleSummary> page(ArticleQuery q, PageCursor after, int limit) {
        return lists.page(q, after, limit);
    }

    @Override
    public long count(ArticleQuery query) {
        return counts.count(query, () -> false);
    }

    @Override
    public long count(ArticleQuery query, java.util.function.BooleanSupplier abandoned) {
        return counts.count(query, abandoned);
    }

    @Override
    public Map<String, Long> countsByProvince(ArticleQuery q) {
        return counts.byProvince(q);
    }

    @Override
    public java.util.NavigableMap<Long, Long> countsByDay(ArticleQuery q, java.time.ZoneOffset offset, java.util.function.BooleanSupplier abandoned) {
        return counts.byDay(q, offset, abandoned);
    }

    @Override
    public java.util.OptionalLong othersVersion() {
        return db.othersVersion();
    }

    @Override
    public vn.bantin.domain.SidebarCounts placeCounts(ArticleQuery q, java.util.function.BooleanSupplier abandoned) {
        return counts.places(q, abandoned);
    }

    @Override
    public vn.bantin.domain.SidebarCounts sidebarCounts(ArticleQuery q, boolean places, java.util.function.BooleanSupplier abandoned) {
        return counts.sidebar(q, places, abandoned);
    }

    /** For tests and diagnostics: the plan SQLite picks for the list query. */
    public List<String> explainPage(ArticleQuery q, PageCursor after) {
        return lists.explainPage(q, after);
    }

    @Override
    public List<StorySummary> stories(int limit) {
        return storyStore.stories(limit);
    }

    @Override
    public void splitFromStory(long articleKey) {
        storyStore.splitFromStory(articleKey);
    }

    @Override
    public void mergeStories(long intoArticleKey, long otherArticleKey) {
        storyStore.mergeStories(intoArticleKey, otherArticleKey);
    }

    @Override
    public List<Long> storyMembers(long articleKey) {
        return storyStore.storyMembers(articleKey);
    }

    @Override
    public List<RawArticle> withoutFingerprint(int limit) {
        return storyStore.withoutFingerprint(limit);
    }

    @Override
    public void regroup(List<NewArticle> batch, boolean reassign) {
        storyStore.regroup(batch, reassign);
    }

    // ---- writing -------------------------------------------------------------------------------------

    @Override
    public List<Outcome> insertBatch(List<NewArticle> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return db.inTransaction(c -> insertAll(c, batch));
    }

    /** Stores new articles inside the caller's transaction; those already stored are left as they are. */
    List<Outcome> insertAll(Connection c, List<NewArticle> batch) throws SQLException {
        {
            List<Outcome> out = new ArrayList<>(batch.size());
            java.util.Iterator<byte[][]> packed = StoredText.packAll(batch, TextDictionaries.forWriting(c)).iterator();
            Set<String> seenInBatch = new HashSet<>();
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM articles WHERE uid = ?");
                 PreparedStatement source = c.prepareStatement(
                         "INSERT INTO sources(id, name, homepage) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING");
                 PreparedStatement insert = c.prepareStatement("""
                         INSERT INTO articles(uid, source_id, url, title, lead, published_at, sort_ts,
                                              language, imported_at, raw_name, author)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", PreparedStatement.RETURN_GENERATED_KEYS);
                 PreparedStatement text = c.prepareStatement(
                         "INSERT INTO article_texts(article_id, body, captions, raw_input) VALUES (?, ?, ?, ?)");
                 Tags.Writer tags = new Tags.Writer(c);
                 Stories storyRows = new Stories(c, stories)) {
                for (NewArticle a : batch) {
                    byte[][] texts = packed.next();
                    if (!seenInBatch.add(a.id()) || exists(exists, a.id())) {
                        out.add(Outcome.DUPLICATE);
                        continue;
                    }
                    ParsedPage p = a.page();
                    Source s = p.source();
                    upsertSource(source, s);
                    long sortTs = sortTs(p, a.importedAt());
                    insert.setString(1, a.id());
                    insert.setString(2, s.id());
                    insert.setString(3, p.url());
                    insert.setString(4, p.title());
                    insert.setString(5, p.lead());
                    insert.setString(6, p.published() == null ? null : p.published().toString());
                    insert.setLong(7, sortTs);
                    insert.setString(8, p.language());
                    insert.setString(9, a.importedAt().toString());
                    insert.setString(10, a.rawName());
                    insert.setString(11, p.author());
                    insert.executeUpdate();
                    long key;
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        key = keys.getLong(1);
                    }
                    text.setLong(1, key);
                    text.setBytes(2, texts[0]);
                    text.setString(3, String.join("\n", p.captions()));
                    text.setBytes(4, texts[1]);
                    text.executeUpdate();
                    tags.write(key, sortTs, a.tags());
                    tags.index(key, p, a.tags());
                    storyRows.assign(key, a);
                    out.add(Outcome.INSERTED);
                }
            }
            return out;
        }
    }

    @Override
    public void correctProvince(long articleKey, String provinceId, boolean add) {
        db.inTransaction(c -> {
            Tags.correct(c, articleKey, provinceId, add, Instant.now());
            return null;
        });
    }

    @Override
    public void replaceParsed(List<NewArticle> batch) {
        db.inTransaction(c -> {
            replaceAll(c, batch);
            return null;
        });
    }

    /** Replaces stored articles' text, tags and index rows inside the caller's transaction; status stays. */
    void replaceAll(Connection c, List<NewArticle> batch) throws SQLException {
        {
            com.github.luben.zstd.ZstdDictCompress dictionary = TextDictionaries.forWriting(c);
            try (PreparedStatement find = c.prepareStatement("SELECT id FROM articles WHERE uid = ?");
                 PreparedStatement source = c.prepareStatement(
                         "INSERT INTO sources(id, name, homepage) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING");
                 PreparedStatement update = c.prepareStatement("""
                         UPDATE articles SET source_id = ?, url = ?, title = ?, lead = ?,
                                             published_at = ?, sort_ts = ?, language = ?, author = ?
                         WHERE id = ?""");
                 PreparedStatement text = c.prepareStatement(
                         "UPDATE article_texts SET body = ?, captions = ?, raw_input = ? WHERE article_id = ?");
                 PreparedStatement dropTags = c.prepareStatement("DELETE FROM article_provinces WHERE article_id = ?");
                 PreparedStatement dropIndex = c.prepareStatement("DELETE FROM article_search WHERE rowid = ?");
                 Tags.Writer tags = new Tags.Writer(c)) {
                for (NewArticle a : batch) {
                    find.setString(1, a.id());
                    long key;
                    try (ResultSet rs = find.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                        key = rs.getLong(1);
                    }
                    ParsedPage p = a.page();
                    upsertSource(source, p.source());
                    long sortTs = sortTs(p, a.importedAt());
                    update.setString(1, p.source().id());
                    update.setString(2, p.url());
                    update.setString(3, p.title());
                    update.setString(4, p.lead());
                    update.setString(5, p.published() == null ? null : p.published().toString());
                    update.setLong(6, sortTs);
                    update.setString(7, p.language());
                    update.setString(8, p.author());
                    update.setLong(9, key);
                    update.executeUpdate();
                    // the raw input is deflated against the title, lead and body: new ones, a new raw blob
                    String body = String.join("\n\n", p.body());
                    text.setBytes(1, StoredText.packBody(body, dictionary));
                    text.setString(2, String.join("\n", p.captions()));
                    text.setBytes(3, StoredText.packRaw(a.rawInput(), p.title(), p.lead(), body));
                    text.setLong(4, key);
                    text.executeUpdate();
                    dropTags.setLong(1, key);
                    dropTags.executeUpdate();
                    dropIndex.setLong(1, key);
                    dropIndex.executeUpdate();
                    List<ProvinceTag> kept = Tags.corrected(c, key, a.tags());
                    tags.write(key, sortTs, kept);
                    tags.index(key, p, kept);
                }
            }
        }
    }

    @Override
    public void optimize() {
        db.inTransaction(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("INSERT INTO article_search(article_search) VALUES ('optimize')");
                st.execute("ANALYZE");
            }
            return null;
        });
    }

    @Override
    public int rebuildSearchIndex() {
        return db.inTransaction(c -> {
            try (java.sql.Statement st = c.createStatement()) {
                st.execute("INSERT INTO article_search(article_search) VALUES ('delete-all')");
                return SearchRows.writeAll(c, n -> true);
            }
        });
    }

    private static long sortTs(ParsedPage p, Instant importedAt) {
        return (p.published() != null ? p.published().toInstant() : importedAt).getEpochSecond();
    }

    private static boolean exists(PreparedStatement ps, String uid) throws SQLException {
        ps.setString(1, uid);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    @Override
    public Optional<Article> find(String idOrPrefix) {
        return ArticleReads.find(db, idOrPrefix);
    }

    @Override
    public Optional<Article> findByKey(long key) {
        return ArticleReads.findByKey(db, key);
    }

    private static void upsertSource(PreparedStatement ps, Source s) throws SQLException {
        ps.setString(1, s.id());
        ps.setString(2, s.name());
        ps.setString(3, s.homepage());
        ps.executeUpdate();
    }

    static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object o = args.get(i);
            if (o instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (o instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (o instanceof Double d) {
                ps.setDouble(i + 1, d);
            } else {
                ps.setString(i + 1, (String) o);
            }
        }
    }

    // ---- what is kept beside the articles: their pictures, their kept inputs, markers ----------------------

    @Override
    public List<vn.bantin.domain.ArticleImage> images(long articleKey) {
        return kept.images(articleKey);
    }

    @Override
    public void forEachRaw(int batchSize, Consumer<List<RawArticle>> sink) {
        kept.forEachRaw(batchSize, sink);
    }

    @Override
    public java.util.OptionalInt marker(String name) {
        return kept.marker(name);
    }

    @Override
    public void setMarker(String name, int value) {
        kept.setMarker(name, value);
    }

    /** Deletions that can be undone while this repository is open, by ticket. */
    private final Map<Long, DeletedRows> undoable = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong tickets = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public vn.bantin.domain.DeletedArticles deleteUndoably(java.util.Collection<Long> articleKeys) {
        return db.inTransaction(c -> {
            DeletedRows rows = DeletedRows.take(c, articleKeys);
            int n = ArticleDeletion.delete(c, articleKeys, false);
            long ticket = tickets.incrementAndGet();
            undoable.put(ticket, rows);
            return new vn.bantin.domain.DeletedArticles(n, ticket);
        });
    }

    @Override
    public int undelete(vn.bantin.domain.DeletedArticles deleted) {
        DeletedRows rows = undoable.remove(deleted.ticket());
        if (rows == null) {
            return 0;
        }
        return db.inTransaction(c -> {
            List<Long> back = rows.restore(c);
            SearchRows.write(c, back);
            return back.size();
        });
    }

    @Override
    public void forget(vn.bantin.domain.DeletedArticles deleted) {
        DeletedRows rows = undoable.remove(deleted.ticket());
        if (rows != null) {
            db.inTransaction(c -> {
                rows.forget(c);
                return null;
            });
        }
    }

    @Override
    public void forgetAll() {
        for (Long ticket : List.copyOf(undoable.keySet())) {
            forget(new vn.bantin.domain.DeletedArticles(0, ticket));
        }
    }
}
