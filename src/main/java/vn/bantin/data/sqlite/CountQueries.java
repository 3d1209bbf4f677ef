package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.bantin.data.SearchQuery;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.SidebarCounts;

/**
 * How long the list is for a query, and for every entry of the sidebar at once. Each count is of what the list
 * would show: stories when the list groups them, the search and every other choice included.
 */
final class CountQueries {
    private final Database db;

    CountQueries(Database db) {
        this.db = db;
    }

    private record Sql(String sql, List<Object> args) {
    }

    long count(ArticleQuery query) {
        return db.read(c -> count(c, query));
    }

    Map<String, Long> byProvince(ArticleQuery q) {
        return db.read(c -> byProvince(c, q));
    }

    /**
     * Every number of the sidebar in one read, so that they agree with one another; without {@code places}, those
     * beside the provinces and units are left out (they do not change with the choice of provinces).
     */
    SidebarCounts sidebar(ArticleQuery q, boolean places) {
        return db.read(c -> {
            try (Statement tx = c.createStatement()) {
                tx.execute("BEGIN"); // one snapshot: a write committed midway is in all the numbers or in none
                try {
                    return new SidebarCounts(count(c, SidebarCounts.special(q, false, false)),
                            count(c, SidebarCounts.special(q, true, false)), count(c, SidebarCounts.special(q, false, true)),
                            places ? byProvince(c, q) : Map.of(), places ? byUnit(c, q) : Map.of(), byFeed(c, q));
                } finally {
                    tx.execute("COMMIT");
                }
            }
        });
    }

    private static long count(Connection c, ArticleQuery q) throws SQLException {
        Sql count = countSql(q.withOldestFirst(false), ListFilter.asWord(c, q));
        try (PreparedStatement ps = c.prepareStatement(count.sql())) {
            SqliteArticleRepository.bind(ps, count.args());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    private static Sql countSql(ArticleQuery q, boolean asWord) {
        ListFilter f = ListFilter.of(q, asWord);
        List<Object> args = new ArrayList<>();
        String sql;
        Optional<String> match = q.text() == null ? Optional.empty() : SearchQuery.parse(q.text(), asWord).toFtsMatch();
        if (match.isPresent() && ListFilter.of(q.withText(null)).trivial()) {
            // one index row per article: the index counts its own matches, provinces included
            sql = "SELECT count(*) FROM article_search WHERE article_search MATCH ?";
            args.add(ListFilter.withinProvinces(match.get(), q.provinceIds()));
            f = new ListFilter("1=1", List.of());
        } else if (q.provinceIds().isEmpty() && f.trivial()) {
            sql = "SELECT n FROM counts WHERE name = 'articles'";
        } else if (q.equals(ArticleQuery.ALL.withGrouped(true))) {
            sql = "SELECT count(*) FROM article_stories WHERE lead = 1";
            f = new ListFilter("1=1", List.of());
        } else if (q.provinceIds().size() == 1 && f.trivial()) {
            sql = "SELECT coalesce((SELECT n FROM counts WHERE name = ?), 0)";
            args.add("about:" + q.provinceIds().iterator().next());
        } else if (q.provinceIds().isEmpty() && isOnlyUnread(q)) {
            // unread = all - read; the status table holds only what the reader touched
            sql = "SELECT (SELECT n FROM counts WHERE name = 'articles') - (SELECT count(*) FROM article_status WHERE read = 1)";
            f = new ListFilter("1=1", List.of());
        } else if (q.provinceIds().isEmpty()) {
            sql = "SELECT count(*) FROM articles a LEFT JOIN article_status st ON st.article_id = a.id WHERE " + f.sql();
        } else {
            sql = "SELECT count(DISTINCT ap.article_id) FROM article_provinces ap"
                    + (f.trivial() ? "" : " JOIN articles a ON a.id = ap.article_id LEFT JOIN article_status st ON st.article_id = a.id")
                    + " WHERE ap.relation = 'about' AND ap.province_id IN (" + ListQueries.marks(q.provinceIds().size()) + ") AND " + f.sql();
            args.addAll(ListFilter.sorted(q.provinceIds()));
        }
        args.addAll(f.args());
        return new Sql(sql, args);
    }

    private static boolean isOnlyUnread(ArticleQuery q) {
        return q.unreadOnly() && !q.bookmarkedOnly() && !q.grouped() && q.text() == null && q.sourceId() == null
                && q.feedId() == null && q.from() == null && q.to() == null;
    }

    /** For each province, the length of the list with that province chosen in place of the query's. */
    private static Map<String, Long> byProvince(Connection c, ArticleQuery query) throws SQLException {
        ArticleQuery q = query.withProvinces(java.util.Set.of());
        ListFilter f = ListFilter.of(q, ListFilter.asWord(c, q));
        if (f.trivial()) {
            return grouped(c, new Sql("SELECT substr(name, 7), n FROM counts WHERE name LIKE 'about:%' AND n > 0", List.of()));
        }
        return grouped(c, new Sql("SELECT ap.province_id, count(*) FROM article_provinces ap"
                + " JOIN articles a ON a.id = ap.article_id LEFT JOIN article_status st ON st.article_id = a.id"
                + " WHERE ap.relation = 'about' AND " + f.sql() + " GROUP BY ap.province_id", f.args()));
    }

    /** For each 2025 unit, the length of the list with its member provinces chosen: an article about two counts once. */
    private static Map<String, Long> byUnit(Connection c, ArticleQuery query) throws SQLException {
        ArticleQuery q = query.withProvinces(java.util.Set.of());
        ListFilter f = ListFilter.of(q, ListFilter.asWord(c, q));
        return grouped(c, new Sql("SELECT p.unit_2025, count(DISTINCT ap.article_id) FROM article_provinces ap"
                + " JOIN provinces p ON p.id = ap.province_id"
                + (f.trivial() ? "" : " JOIN articles a ON a.id = ap.article_id LEFT JOIN article_status st ON st.article_id = a.id")
                + " WHERE ap.relation = 'about' AND " + f.sql() + " GROUP BY p.unit_2025", f.args()));
    }

    /** For each feed, the length of the list with that feed chosen in place of the query's. */
    private static Map<Long, Long> byFeed(Connection c, ArticleQuery query) throws SQLException {
        ArticleQuery q = query.withFeed(null);
        ListFilter f = ListFilter.of(q, ListFilter.asWord(c, q));
        List<Object> args = new ArrayList<>(f.args());
        String provinces = "";
        if (!q.provinceIds().isEmpty()) {
            provinces = " AND a.id IN (SELECT article_id FROM article_provinces WHERE relation = 'about' AND province_id IN ("
                    + ListQueries.marks(q.provinceIds().size()) + "))";
            args.addAll(ListFilter.sorted(q.provinceIds()));
        }
        Map<Long, Long> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT fi.feed_id, count(DISTINCT a.id) FROM feed_items fi"
                + " JOIN articles a ON a.id = fi.article_id LEFT JOIN article_status st ON st.article_id = a.id"
                + " WHERE " + f.sql() + provinces + " GROUP BY fi.feed_id")) {
            SqliteArticleRepository.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    private static Map<String, Long> grouped(Connection c, Sql q) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(q.sql())) {
            SqliteArticleRepository.bind(ps, q.args());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getLong(2) > 0) {
                        out.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return out;
    }
}
