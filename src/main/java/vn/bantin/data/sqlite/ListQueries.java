package vn.bantin.data.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Relation;

/** The article list: its filters, pages, counts and search ranking, and the plan SQLite picks for them. */
final class ListQueries {
    private static final String SUMMARY_COLUMNS = """
            a.id, a.uid, a.title, s.name, a.url, a.published_at, a.sort_ts, a.lead,
            COALESCE(st.read, 0), COALESCE(st.bookmarked, 0), st.bookmarked_at""";

    private final Database db;

    ListQueries(Database db) {
        this.db = db;
    }

    // ---- reading -------------------------------------------------------------------------------------

    private record Sql(String sql, List<Object> args, boolean ranked) {
        Sql(String sql, List<Object> args) {
            this(sql, args, false);
        }
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
        ListFilter f = ListFilter.of(q.withText(null));
        List<Object> args = new ArrayList<>();
        args.add(ListFilter.withinProvinces(match, q.provinceIds()));
        args.add(SEARCH_CANDIDATES);
        // the tiers are narrowed by the provinces too: else, for a province with few articles, they would walk a
        // common word's postings all the way back to its oldest match
        args.add(ListFilter.inColumns("title", match, q.provinceIds()));
        args.add(ListFilter.inColumns("lead", match, q.provinceIds()));
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

    private static Sql pageSql(ArticleQuery q, PageCursor after, int limit, SearchReading reading) {
        if (q.text() != null) {
            Optional<String> match = reading.match(q.text());
            if (match.isPresent()) {
                return rankedSql(q, match.get(), after, limit);
            }
        }
        ListFilter f = ListFilter.of(q, reading);
        List<Object> args = new ArrayList<>();
        String sql;
        // newest first, or oldest first: the same index read the other way
        String past = q.oldestFirst() ? ">" : "<";
        String order = q.oldestFirst() ? "ASC" : "DESC";
        if (q.provinceIds().isEmpty()) {
            String keyset = after == null ? "" : " AND (a.sort_ts " + past + " ? OR (a.sort_ts = ? AND a.id " + past + " ?))";
            sql = "SELECT " + SUMMARY_COLUMNS + """
                     FROM articles a
                    JOIN sources s ON s.id = a.source_id
                    LEFT JOIN article_status st ON st.article_id = a.id
                    WHERE """ + " " + f.sql() + keyset + " ORDER BY a.sort_ts " + order + ", a.id " + order + " LIMIT ?";
            args.addAll(f.args());
            addKeyset(args, after);
        } else {
            // One index range per province, each already newest first and limited, merged: no sort of
            // every article about a busy province just to show the first page.
            List<String> parts = new ArrayList<>();
            for (String province : ListFilter.sorted(q.provinceIds())) {
                String keyset = after == null ? "" : " AND (ap.sort_ts " + past + " ? OR (ap.sort_ts = ? AND ap.article_id " + past + " ?))";
                parts.add("SELECT aid, ts FROM (SELECT ap.article_id AS aid, ap.sort_ts AS ts FROM article_provinces ap"
                        + (f.trivial() ? "" : " JOIN articles a ON a.id = ap.article_id LEFT JOIN article_status st ON st.article_id = a.id")
                        + " WHERE ap.province_id = ? AND ap.relation = 'about' AND " + f.sql() + keyset
                        + " ORDER BY ap.sort_ts " + order + ", ap.article_id " + order + " LIMIT ?)");
                args.add(province);
                args.addAll(f.args());
                addKeyset(args, after);
                args.add(limit);
            }
            sql = "SELECT " + SUMMARY_COLUMNS + " FROM (" + String.join(" UNION ", parts) + ") ids"
                    + " JOIN articles a ON a.id = ids.aid JOIN sources s ON s.id = a.source_id"
                    + " LEFT JOIN article_status st ON st.article_id = a.id"
                    + " ORDER BY ids.ts " + order + ", ids.aid " + order + " LIMIT ?";
        }
        args.add(limit);
        return new Sql(sql, args);
    }

    public Page<ArticleSummary> page(ArticleQuery q, PageCursor after, int limit) {
        return db.read(c -> {
            Sql query = pageSql(q, after, limit, SearchReading.of(c, q));
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(query.sql())) {
                SqliteArticleRepository.bind(ps, query.args());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(Row.of(rs, query.ranked()));
                    }
                }
            }
            Map<Long, List<ProvinceTag>> tags = Tags.of(c, rows.stream().map(Row::key).toList());
            Map<Long, StoryStore.StoryVersions> versions = StoryStore.versionsOf(c, rows.stream().map(Row::key).toList());
            List<ArticleSummary> items = new ArrayList<>();
            for (Row r : rows) {
                ArticleSummary s = r.summary(tags.getOrDefault(r.key(), List.of()));
                StoryStore.StoryVersions sv = versions.get(r.key());
                List<Article.Version> vs = sv == null ? List.of() : sv.versions();
                long story = sv == null ? r.key() : sv.story();
                items.add(s.inStory(story, vs.stream().filter(v -> v.key() != r.key()).map(Article.Version::sourceName).toList()));
            }
            PageCursor next = items.size() < limit ? null : items.get(items.size() - 1).cursor();
            return new Page<>(items, next);
        });
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

    static OffsetDateTime parseTime(String s) {
        return s == null ? null : OffsetDateTime.parse(s);
    }

    static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /** For tests and diagnostics: the plan SQLite picks for the list query. */
    public List<String> explainPage(ArticleQuery q, PageCursor after) {
        return db.read(c -> {
            Sql query = pageSql(q, after, 50, SearchReading.of(c, q));
            List<String> plan = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + query.sql())) {
                SqliteArticleRepository.bind(ps, query.args());
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
