package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import vn.bantin.data.ArticleRepository;
import vn.bantin.data.SearchQuery;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleStatus;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Folding;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;
import vn.bantin.domain.Source;

public final class SqliteArticleRepository implements ArticleRepository {
    private static final String SUMMARY_COLUMNS = """
            a.id, a.uid, a.title, s.name, a.url, a.published_at, a.sort_ts, a.lead,
            COALESCE(st.read, 0), COALESCE(st.bookmarked, 0), st.bookmarked_at""";

    private final Database db;
    private final vn.bantin.data.StoryMatcher stories;

    /** A repository that stores every article as its own story. */
    public SqliteArticleRepository(Database db) {
        this(db, null);
    }

    public SqliteArticleRepository(Database db, vn.bantin.data.StoryMatcher stories) {
        this.db = db;
        this.stories = stories;
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
                    text.setString(2, String.join("\n\n", p.body()));
                    text.setString(3, String.join("\n", p.captions()));
                    text.setBytes(4, RawText.pack(a.rawInput()));
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
            try (PreparedStatement find = c.prepareStatement("SELECT id FROM articles WHERE uid = ?");
                 PreparedStatement source = c.prepareStatement(
                         "INSERT INTO sources(id, name, homepage) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING");
                 PreparedStatement update = c.prepareStatement("""
                         UPDATE articles SET source_id = ?, url = ?, title = ?, lead = ?,
                                             published_at = ?, sort_ts = ?, language = ?, author = ?
                         WHERE id = ?""");
                 PreparedStatement text = c.prepareStatement("UPDATE article_texts SET body = ?, captions = ? WHERE article_id = ?");
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
                    text.setString(1, String.join("\n\n", p.body()));
                    text.setString(2, String.join("\n", p.captions()));
                    text.setLong(3, key);
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
            int n = 0;
            try (java.sql.Statement st = c.createStatement();
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO article_search(rowid, title, lead, body, places) VALUES (?, ?, ?, ?, ?)")) {
                st.execute("INSERT INTO article_search(article_search) VALUES ('delete-all')");
                try (ResultSet rs = st.executeQuery("SELECT a.id, a.title, a.lead, t.body, t.captions,"
                        + " (SELECT group_concat(province_id, ' ') FROM article_provinces ap WHERE ap.article_id = a.id"
                        + " AND ap.relation = 'about') FROM articles a JOIN article_texts t ON t.article_id = a.id")) {
                    while (rs.next()) {
                        insert.setLong(1, rs.getLong(1));
                        insert.setString(2, Folding.fold(rs.getString(2)));
                        insert.setString(3, Folding.fold(rs.getString(3)));
                        insert.setString(4, Folding.fold(rs.getString(4).replace("\n\n", "\n") + "\n" + rs.getString(5)));
                        String about = rs.getString(6);
                        insert.setString(5, about == null ? "" : placeTokens(List.of(about.split(" "))));
                        insert.addBatch();
                        if (++n % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
                st.execute("INSERT INTO article_search(article_search) VALUES ('optimize')");
            }
            return n;
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

    // ---- reading -------------------------------------------------------------------------------------

    /** The WHERE conditions on {@code a} (articles) and {@code st} (status) that every list query shares. */
    private record Filter(String sql, List<Object> args) {
        static Filter of(ArticleQuery q) {
            return of(q, false);
        }

        static Filter of(ArticleQuery q, boolean asWord) {
            StringBuilder sb = new StringBuilder("1=1");
            List<Object> args = new ArrayList<>();
            if (q.bookmarkedOnly()) {
                sb.append(" AND st.bookmarked = 1");
            }
            if (q.unreadOnly()) {
                sb.append(" AND COALESCE(st.read, 0) = 0");
            }
            if (q.grouped()) {
                sb.append(" AND EXISTS (SELECT 1 FROM article_stories gs WHERE gs.article_id = a.id AND gs.lead = 1)");
            }
            if (q.sourceId() != null) {
                sb.append(" AND a.source_id = ?");
                args.add(q.sourceId());
            }
            if (q.feedId() != null) {
                sb.append(" AND a.id IN (SELECT article_id FROM feed_items WHERE feed_id = ?)");
                args.add(q.feedId());
            }
            if (q.from() != null) {
                sb.append(" AND a.sort_ts >= ?");
                args.add(q.from().getEpochSecond());
            }
            if (q.to() != null) {
                sb.append(" AND a.sort_ts < ?");
                args.add(q.to().getEpochSecond());
            }
            if (q.text() != null) {
                Optional<String> match = SearchQuery.parse(q.text(), asWord).toFtsMatch();
                if (match.isEmpty()) {
                    sb.append(" AND 0");
                } else {
                    sb.append(" AND a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)");
                    args.add(withinProvinces(match.get(), q.provinceIds()));
                }
            }
            return new Filter(sb.toString(), args);
        }

        boolean trivial() {
            return sql.equals("1=1");
        }
    }

    private record Sql(String sql, List<Object> args, boolean ranked) {
        Sql(String sql, List<Object> args) {
            this(sql, args, false);
        }
    }

    /** The index token for a province: "ha-noi" is written "zpvhanoi", which no word of any text can be. */
    static String placeToken(String provinceId) {
        return "zpv" + provinceId.replace("-", "");
    }

    static String placeTokens(List<String> provinceIds) {
        return String.join(" ", provinceIds.stream().map(SqliteArticleRepository::placeToken).toList());
    }

    /** The reader's words searched in the text columns only, and, when provinces are chosen, within them. */
    static String withinProvinces(String match, java.util.Set<String> provinceIds) {
        return inColumns("title lead body", match, provinceIds);
    }

    /** The reader's words in the given text columns, and, when provinces are chosen, within them. */
    private static String inColumns(String columns, String match, java.util.Set<String> provinceIds) {
        String text = "{" + columns + "} : (" + match + ")";
        if (provinceIds.isEmpty()) {
            return text;
        }
        return text + " AND places : (" + String.join(" OR ", sorted(provinceIds).stream().map(SqliteArticleRepository::placeToken).toList()) + ")";
    }

    /**
     * How many of the most recently stored matches a search ranks. A word found in every article would
     * otherwise be scored a million times for one page; readers want the best of the recent ones.
     */
    static final int SEARCH_CANDIDATES = 2000;

    /**
     * A search (decision 0007): the newest {@link #SEARCH_CANDIDATES} matches, ranked by where the words are —
     * all in the title, else all in the lead, else in the body — and newest first within each. Each part is an
     * index walk that stops early; bm25 was dropped because it counts every match of each word in the whole
     * index first (70 ms for a common word at a million articles). The rank is negative so that, as with
     * bm25, lower is better, which the page cursor relies on.
     */
    private static Sql rankedSql(ArticleQuery q, String match, PageCursor after, int limit) {
        Filter f = Filter.of(q.withText(null));
        List<Object> args = new ArrayList<>();
        args.add(withinProvinces(match, q.provinceIds()));
        args.add(SEARCH_CANDIDATES);
        // the tiers are narrowed by the provinces too: else, for a province with few articles, they would walk a
        // common word's postings all the way back to its oldest match
        args.add(inColumns("title", match, q.provinceIds()));
        args.add(inColumns("lead", match, q.provinceIds()));
        StringBuilder where = new StringBuilder(f.sql());
        args.addAll(f.args());
        if (after != null && !Double.isNaN(after.rank())) {
            where.append(" AND (m.rank > ? OR (m.rank = ? AND m.aid < ?))");
            args.add(after.rank());
            args.add(after.rank());
            args.add(after.key());
        }
        args.add(limit);
        String sql = "WITH c AS (SELECT rowid AS aid FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ?),"
                + " t AS (SELECT rowid AS aid FROM article_search WHERE article_search MATCH ? AND rowid >= (SELECT min(aid) FROM c)),"
                + " l AS (SELECT rowid AS aid FROM article_search WHERE article_search MATCH ? AND rowid >= (SELECT min(aid) FROM c)),"
                + " m AS (SELECT aid, CASE WHEN aid IN (SELECT aid FROM t) THEN -10.0 WHEN aid IN (SELECT aid FROM l) THEN -3.0"
                + " ELSE -1.0 END AS rank FROM c ORDER BY rank, aid DESC)"
                + " SELECT " + SUMMARY_COLUMNS + ", m.rank FROM m"
                + " JOIN articles a ON a.id = m.aid JOIN sources s ON s.id = a.source_id"
                + " LEFT JOIN article_status st ON st.article_id = a.id"
                + " WHERE " + where + " ORDER BY m.rank, m.aid DESC LIMIT ?";
        return new Sql(sql, args, true);
    }

    private static Sql pageSql(ArticleQuery q, PageCursor after, int limit, boolean asWord) {
        if (q.text() != null) {
            Optional<String> match = SearchQuery.parse(q.text(), asWord).toFtsMatch();
            if (match.isPresent()) {
                return rankedSql(q, match.get(), after, limit);
            }
        }
        Filter f = Filter.of(q, asWord);
        List<Object> args = new ArrayList<>();
        String sql;
        if (q.provinceIds().isEmpty()) {
            String keyset = after == null ? "" : " AND (a.sort_ts < ? OR (a.sort_ts = ? AND a.id < ?))";
            sql = "SELECT " + SUMMARY_COLUMNS + """
                     FROM articles a
                    JOIN sources s ON s.id = a.source_id
                    LEFT JOIN article_status st ON st.article_id = a.id
                    WHERE """ + " " + f.sql() + keyset + " ORDER BY a.sort_ts DESC, a.id DESC LIMIT ?";
            args.addAll(f.args());
            addKeyset(args, after);
        } else {
            // One index range per province, each already newest first and limited, merged: no sort of
            // every article about a busy province just to show the first page.
            List<String> parts = new ArrayList<>();
            for (String province : sorted(q.provinceIds())) {
                String keyset = after == null ? "" : " AND (ap.sort_ts < ? OR (ap.sort_ts = ? AND ap.article_id < ?))";
                parts.add("SELECT aid, ts FROM (SELECT ap.article_id AS aid, ap.sort_ts AS ts FROM article_provinces ap"
                        + (f.trivial() ? "" : " JOIN articles a ON a.id = ap.article_id LEFT JOIN article_status st ON st.article_id = a.id")
                        + " WHERE ap.province_id = ? AND ap.relation = 'about' AND " + f.sql() + keyset
                        + " ORDER BY ap.sort_ts DESC, ap.article_id DESC LIMIT ?)");
                args.add(province);
                args.addAll(f.args());
                addKeyset(args, after);
                args.add(limit);
            }
            sql = "SELECT " + SUMMARY_COLUMNS + " FROM (" + String.join(" UNION ", parts) + ") ids"
                    + " JOIN articles a ON a.id = ids.aid JOIN sources s ON s.id = a.source_id"
                    + " LEFT JOIN article_status st ON st.article_id = a.id"
                    + " ORDER BY ids.ts DESC, ids.aid DESC LIMIT ?";
        }
        args.add(limit);
        return new Sql(sql, args);
    }

    @Override
    public Page<ArticleSummary> page(ArticleQuery q, PageCursor after, int limit) {
        return db.read(c -> {
            Sql query = pageSql(q, after, limit, asWord(c, q));
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(query.sql())) {
                bind(ps, query.args());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(Row.of(rs, query.ranked()));
                    }
                }
            }
            Map<Long, List<ProvinceTag>> tags = Tags.of(c, rows.stream().map(Row::key).toList());
            Map<Long, StoryVersions> versions = versionsOf(c, rows.stream().map(Row::key).toList());
            List<ArticleSummary> items = new ArrayList<>();
            for (Row r : rows) {
                ArticleSummary s = r.summary(tags.getOrDefault(r.key(), List.of()));
                StoryVersions sv = versions.get(r.key());
                List<Article.Version> vs = sv == null ? List.of() : sv.versions();
                long story = sv == null ? r.key() : sv.story();
                items.add(s.inStory(story, vs.stream().filter(v -> v.key() != r.key()).map(Article.Version::sourceName).toList()));
            }
            PageCursor next = items.size() < limit ? null : items.get(items.size() - 1).cursor();
            return new Page<>(items, next);
        });
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static void addKeyset(List<Object> args, PageCursor after) {
        if (after != null) {
            args.add(after.sortTs());
            args.add(after.sortTs());
            args.add(after.key());
        }
    }

    private record Row(long key, String uid, String title, String source, String url, String published, long sortTs,
                       String lead, boolean read, boolean bookmarked, String bookmarkedAt, double rank) {
        static Row of(ResultSet rs, boolean ranked) throws SQLException {
            return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getLong(7), rs.getString(8), rs.getInt(9) != 0, rs.getInt(10) != 0, rs.getString(11),
                    ranked ? rs.getDouble(12) : Double.NaN);
        }

        ArticleSummary summary(List<ProvinceTag> tags) {
            return new ArticleSummary(key, uid, title, source, url, parseTime(published), sortTs, lead,
                    ids(tags, Relation.ABOUT), ids(tags, Relation.MENTIONED), read, bookmarked, bookmarkedAt == null ? null : Instant.parse(bookmarkedAt),
                    rank, key, List.of());
        }
    }

    private static List<String> ids(List<ProvinceTag> tags, Relation relation) {
        return tags.stream().filter(t -> t.relation() == relation).map(ProvinceTag::provinceId).toList();
    }

    private static OffsetDateTime parseTime(String s) {
        return s == null ? null : OffsetDateTime.parse(s);
    }

    /**
     * A last word still being typed is searched as a prefix ("crui" finds cruise), except where that would cost
     * more than it gives: FTS5 merges the postings of every word a prefix starts, across the whole index, so
     * "p" or a common word's prefix reads most of it. One or two letters, or a word that alone already has
     * {@link #SEARCH_CANDIDATES} matches in the index, are searched as typed (decision 0007).
     */
    private static boolean asWord(Connection c, ArticleQuery q) throws SQLException {
        if (q.text() == null) {
            return false;
        }
        int typed = SearchQuery.parse(q.text()).typedLength();
        if (typed == 0) {
            return false;
        }
        if (typed < 3) {
            return true;
        }
        Optional<String> exact = SearchQuery.parse(q.text(), true).toFtsMatch();
        if (exact.isEmpty()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (SELECT rowid FROM article_search"
                + " WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ?)")) {
            // in the whole index, not within the chosen provinces: what a prefix costs is the postings it merges
            ps.setString(1, withinProvinces(exact.get(), Set.of()));
            ps.setInt(2, SEARCH_CANDIDATES);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) >= SEARCH_CANDIDATES;
            }
        }
    }

    @Override
    public long count(ArticleQuery query) {
        return db.read(c -> {
            Sql count = countSql(query, asWord(c, query));
            try (PreparedStatement ps = c.prepareStatement(count.sql())) {
                bind(ps, count.args());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    private static Sql countSql(ArticleQuery q, boolean asWord) {
        Filter f = Filter.of(q, asWord);
        List<Object> args = new ArrayList<>();
        String sql;
        Optional<String> match = q.text() == null ? Optional.empty() : SearchQuery.parse(q.text(), asWord).toFtsMatch();
        if (match.isPresent() && Filter.of(q.withText(null)).trivial()) {
            // one index row per article: the index counts its own matches, provinces included
            sql = "SELECT count(*) FROM article_search WHERE article_search MATCH ?";
            args.add(withinProvinces(match.get(), q.provinceIds()));
            f = new Filter("1=1", List.of());
        } else if (q.provinceIds().isEmpty() && f.trivial()) {
            sql = "SELECT n FROM counts WHERE name = 'articles'";
        } else if (q.equals(ArticleQuery.ALL.withGrouped(true))) {
            sql = "SELECT count(*) FROM article_stories WHERE lead = 1";
            f = new Filter("1=1", List.of());
        } else if (q.provinceIds().size() == 1 && f.trivial()) {
            sql = "SELECT coalesce((SELECT n FROM counts WHERE name = ?), 0)";
            args.add("about:" + q.provinceIds().iterator().next());
        } else if (q.provinceIds().isEmpty() && isOnlyUnread(q)) {
            // unread = all - read; the status table holds only what the reader touched
            sql = "SELECT (SELECT n FROM counts WHERE name = 'articles') - (SELECT count(*) FROM article_status WHERE read = 1)";
            f = new Filter("1=1", List.of());
        } else if (q.provinceIds().isEmpty()) {
            sql = "SELECT count(*) FROM articles a LEFT JOIN article_status st ON st.article_id = a.id WHERE " + f.sql();
        } else {
            sql = "SELECT count(DISTINCT ap.article_id) FROM article_provinces ap"
                    + (f.trivial() ? "" : " JOIN articles a ON a.id = ap.article_id LEFT JOIN article_status st ON st.article_id = a.id")
                    + " WHERE ap.relation = 'about' AND ap.province_id IN (" + marks(q.provinceIds().size()) + ") AND " + f.sql();
            args.addAll(sorted(q.provinceIds()));
        }
        args.addAll(f.args());
        return new Sql(sql, args);
    }

    private static boolean isOnlyUnread(ArticleQuery q) {
        return q.unreadOnly() && !q.bookmarkedOnly() && q.text() == null && q.sourceId() == null && q.feedId() == null
                && q.from() == null && q.to() == null;
    }

    @Override
    public Map<String, Long> countsByProvince(ArticleQuery q) {
        Filter f = Filter.of(q);
        if (f.trivial()) {
            return db.read(c -> {
                Map<String, Long> out = new TreeMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT substr(name, 7), n FROM counts WHERE name LIKE 'about:%' AND n > 0");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
                return out;
            });
        }
        String sql = "SELECT ap.province_id, count(*) FROM article_provinces ap"
                + (f.trivial() ? "" : " JOIN articles a ON a.id = ap.article_id LEFT JOIN article_status st ON st.article_id = a.id")
                + " WHERE ap.relation = 'about' AND " + f.sql() + " GROUP BY ap.province_id";
        return db.read(c -> {
            Map<String, Long> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, f.args());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static final String ARTICLE_COLUMNS = """
            SELECT a.id, a.uid, a.source_id, s.name, s.homepage, a.url, a.title, a.lead, t.body, t.captions,
                   a.published_at, a.language, a.imported_at, COALESCE(st.read, 0), COALESCE(st.bookmarked, 0),
                   st.bookmarked_at, a.author
            FROM articles a JOIN article_texts t ON t.article_id = a.id JOIN sources s ON s.id = a.source_id
            LEFT JOIN article_status st ON st.article_id = a.id
            """;

    @Override
    public Optional<Article> find(String idOrPrefix) {
        String id = idOrPrefix.strip().toLowerCase(java.util.Locale.ROOT);
        return db.read(c -> {
            List<Article> found = articles(c, ARTICLE_COLUMNS + " WHERE a.uid = ?", List.of(id));
            if (found.isEmpty() && id.length() >= 6) {
                found = articles(c, ARTICLE_COLUMNS + " WHERE a.uid >= ? AND a.uid < ? LIMIT 2", List.of(id, id + "\uffff"));
            }
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.<Article>empty();
        });
    }

    @Override
    public Optional<Article> findByKey(long key) {
        return db.read(c -> articles(c, ARTICLE_COLUMNS + " WHERE a.id = ?", List.of(key)).stream().findFirst());
    }

    private static List<Article> articles(Connection c, String sql, List<Object> args) throws SQLException {
        List<Article> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long key = rs.getLong(1);
                    Source source = new Source(rs.getString(3), rs.getString(4), rs.getString(5));
                    String bAt = rs.getString(16);
                    ArticleStatus status = new ArticleStatus(rs.getInt(14) != 0, rs.getInt(15) != 0,
                            bAt == null ? null : Instant.parse(bAt));
                    out.add(new Article(key, rs.getString(2), source, rs.getString(6), rs.getString(7), rs.getString(8),
                            split(rs.getString(9), "\n\n"), split(rs.getString(10), "\n"), parseTime(rs.getString(11)),
                            rs.getString(12), Instant.parse(rs.getString(13)), List.of(), status, key, List.of(), rs.getString(17)));
                }
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        Map<Long, List<ProvinceTag>> tags = Tags.of(c, out.stream().map(Article::key).toList());
        Map<Long, StoryVersions> versions = versionsOf(c, out.stream().map(Article::key).toList());
        List<Article> withTags = new ArrayList<>();
        for (Article a : out) {
            StoryVersions sv = versions.get(a.key());
            withTags.add(new Article(a.key(), a.id(), a.source(), a.url(), a.title(), a.lead(), a.body(), a.captions(),
                    a.published(), a.language(), a.importedAt(), tags.getOrDefault(a.key(), List.of()), a.status(),
                    sv == null ? a.key() : sv.story(), sv == null ? List.of() : sv.versions(), a.author()));
        }
        return withTags;
    }

    private static List<String> split(String s, String sep) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(sep));
    }

    /** An article's story of several: its id and every version, earliest first. */
    private record StoryVersions(long story, List<Article.Version> versions) {
    }

    /** For each article in a story of several, the story and its versions, in one statement for all the articles. */
    private static Map<Long, StoryVersions> versionsOf(Connection c, List<Long> keys) throws SQLException {
        Map<Long, StoryVersions> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT mine.article_id, a.id, a.uid, src.name, a.title, mine.story_id"
                + " FROM article_stories mine"
                + " JOIN article_stories other ON other.story_id = mine.story_id"
                + " JOIN articles a ON a.id = other.article_id JOIN sources src ON src.id = a.source_id"
                + " WHERE mine.article_id IN (" + marks(keys.size()) + ")"
                + " AND (SELECT count(*) FROM article_stories n WHERE n.story_id = mine.story_id) > 1"
                + " ORDER BY mine.article_id, a.published_at IS NULL, a.sort_ts, a.id")) {
            bind(ps, new ArrayList<>(keys));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long story = rs.getLong(6);
                    out.computeIfAbsent(rs.getLong(1), k -> new StoryVersions(story, new ArrayList<>())).versions()
                            .add(new Article.Version(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    private static long storyOf(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM article_stories WHERE article_id = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : key;
            }
        }
    }

    @Override
    public List<StorySummary> stories(int limit) {
        return db.read(c -> {
            List<StorySummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.story_id, group_concat(a.uid, ' '), count(*)"
                    + " FROM article_stories s JOIN articles a ON a.id = s.article_id"
                    + " GROUP BY s.story_id ORDER BY max(a.sort_ts) DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StorySummary(rs.getLong(1), List.of(rs.getString(2).split(" "))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void splitFromStory(long articleKey) {
        db.inTransaction(c -> {
            long old = storyOf(c, articleKey);
            if (old == articleKey) {
                // The story is named after this article: the others carry on under the next article's key.
                long next = -1;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT min(article_id) FROM article_stories WHERE story_id = ? AND article_id <> ?")) {
                    ps.setLong(1, old);
                    ps.setLong(2, articleKey);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getObject(1) != null) {
                            next = rs.getLong(1);
                        }
                    }
                }
                if (next >= 0) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE article_stories SET story_id = ? WHERE story_id = ? AND article_id <> ?")) {
                        ps.setLong(1, next);
                        ps.setLong(2, old);
                        ps.setLong(3, articleKey);
                        ps.executeUpdate();
                    }
                }
                old = next;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE article_stories SET story_id = article_id, pinned = 1 WHERE article_id = ?")) {
                ps.setLong(1, articleKey);
                ps.executeUpdate();
            }
            try (Stories storyRows = new Stories(c, stories)) {
                if (old >= 0) {
                    storyRows.chooseLead(old);
                }
                storyRows.chooseLead(articleKey);
            }
            return null;
        });
    }

    @Override
    public void mergeStories(long intoArticleKey, long otherArticleKey) {
        db.inTransaction(c -> {
            long into = storyOf(c, intoArticleKey);
            long other = storyOf(c, otherArticleKey);
            if (into != other) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE article_stories SET story_id = ?, pinned = 1 WHERE story_id IN (?, ?)")) {
                    ps.setLong(1, into);
                    ps.setLong(2, other);
                    ps.setLong(3, into);
                    ps.executeUpdate();
                }
                try (Stories storyRows = new Stories(c, stories)) {
                    storyRows.chooseLead(into);
                }
            }
            return null;
        });
    }

    @Override
    public List<Long> storyMembers(long articleKey) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT other.article_id FROM article_stories mine"
                    + " JOIN article_stories other ON other.story_id = mine.story_id WHERE mine.article_id = ?")) {
                ps.setLong(1, articleKey);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            if (out.isEmpty()) {
                out.add(articleKey);
            }
            return out;
        });
    }

    /**
     * Set once no article lacks a fingerprint: only files from before stories (schema 1) have such rows, and
     * finding that there are none means reading every story row, a second at a million articles, at each start.
     */
    private static final String ALL_FINGERPRINTED = "stories:all-fingerprinted";
    private volatile boolean allFingerprinted;

    @Override
    public List<RawArticle> withoutFingerprint(int limit) {
        if (allFingerprinted || db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM counts WHERE name = ?")) {
                ps.setString(1, ALL_FINGERPRINTED);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        })) {
            allFingerprinted = true;
            return List.of();
        }
        List<RawArticle> found = db.read(c -> {
            List<RawArticle> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.uid, a.raw_name, t.raw_input, a.imported_at"
                    + " FROM article_stories s JOIN articles a ON a.id = s.article_id"
                    + " JOIN article_texts t ON t.article_id = a.id"
                    + " WHERE s.minhash IS NULL ORDER BY a.sort_ts, a.id LIMIT ?")) {
                ps.setInt(1, limit);
                out.addAll(rawRows(ps));
            }
            return out;
        });
        if (found.isEmpty()) {
            // nothing stores a story row without a fingerprint any more, so this stays true
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO counts(name, n) VALUES (?, 1)")) {
                    ps.setString(1, ALL_FINGERPRINTED);
                    ps.executeUpdate();
                }
                return null;
            });
            allFingerprinted = true;
        }
        return found;
    }

    @Override
    public void regroup(List<NewArticle> batch, boolean reassign) {
        db.inTransaction(c -> {
            try (PreparedStatement find = c.prepareStatement("SELECT id FROM articles WHERE uid = ?");
                 PreparedStatement current = c.prepareStatement("SELECT pinned, story_id FROM article_stories WHERE article_id = ?");
                 PreparedStatement dropKeys = c.prepareStatement("DELETE FROM story_keys WHERE article_id = ?");
                 Stories storyRows = new Stories(c, stories)) {
                for (NewArticle a : batch) {
                    find.setString(1, a.id());
                    long key;
                    try (ResultSet rs = find.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                        key = rs.getLong(1);
                    }
                    current.setLong(1, key);
                    long oldStory = key;
                    boolean pinned = false;
                    try (ResultSet rs = current.executeQuery()) {
                        if (rs.next()) {
                            pinned = rs.getInt(1) == 1;
                            oldStory = rs.getLong(2);
                        }
                    }
                    if (pinned || !reassign) {
                        // the grouping stands; only the fingerprint is brought up to date
                        try (PreparedStatement fp = c.prepareStatement("UPDATE article_stories SET minhash = ? WHERE article_id = ?")) {
                            fp.setBytes(1, a.fingerprint() == null ? new byte[0] : Stories.pack(a.fingerprint().minhash()));
                            fp.setLong(2, key);
                            fp.executeUpdate();
                        }
                        continue;
                    }
                    dropKeys.setLong(1, key);
                    dropKeys.executeUpdate();
                    storyRows.assign(key, a);
                    storyRows.chooseLead(oldStory);
                }
            }
            return null;
        });
    }

    @Override
    public java.util.OptionalInt marker(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT n FROM counts WHERE name = ?")) {
                ps.setString(1, "marker:" + name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.OptionalInt.of(rs.getInt(1)) : java.util.OptionalInt.empty();
                }
            }
        });
    }

    @Override
    public void setMarker(String name, int value) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO counts(name, n) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET n = excluded.n")) {
                ps.setString(1, "marker:" + name);
                ps.setInt(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void forEachRaw(int batchSize, Consumer<List<RawArticle>> sink) {
        long last = 0;
        while (true) {
            long from = last;
            List<RawArticle> batch = db.read(c -> {
                List<RawArticle> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT a.id, a.uid, a.raw_name, t.raw_input, a.imported_at FROM articles a"
                                + " JOIN article_texts t ON t.article_id = a.id WHERE a.id > ? ORDER BY a.id LIMIT ?")) {
                    ps.setLong(1, from);
                    ps.setInt(2, batchSize);
                    out.addAll(rawRows(ps));
                }
                return out;
            });
            if (batch.isEmpty()) {
                return;
            }
            sink.accept(batch);
            last = batch.get(batch.size() - 1).key();
        }
    }

    /** Rows of (id, uid, raw_name, raw_input, imported_at). */
    private static List<RawArticle> rawRows(PreparedStatement ps) throws SQLException {
        List<RawArticle> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new RawArticle(rs.getLong(1), rs.getString(2), rs.getString(3),
                        RawText.unpack(rs.getBytes(4)), Instant.parse(rs.getString(5))));
            }
        }
        return out;
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

    /** For tests and diagnostics: the plan SQLite picks for the list query. */
    public List<String> explainPage(ArticleQuery q, PageCursor after) {
        return db.read(c -> {
            Sql query = pageSql(q, after, 50, asWord(c, q));
            List<String> plan = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + query.sql())) {
                bind(ps, query.args());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.add(rs.getString(4));
                    }
                }
            }
            return plan;
        });
    }
}
