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

    /** Given up when {@code abandoned}: a count of a prefix's matches at a million articles takes a second or more. */
    long count(ArticleQuery query, java.util.function.BooleanSupplier abandoned) {
        return db.read(c -> count(c, query), abandoned);
    }

    Map<String, Long> byProvince(ArticleQuery q) {
        return db.read(c -> byProvince(c, q));
    }

    java.util.NavigableMap<Long, Long> byDay(ArticleQuery query, java.time.ZoneOffset offset, java.util.function.BooleanSupplier abandoned) {
        return db.readAside(c -> AbandonableRead.run(c, a -> byDay(a, query, offset.getTotalSeconds()), abandoned));
    }

    /**
     * Every number of the sidebar in one read, so that they agree with one another; without {@code places}, those
     * beside the provinces and units are left out (they do not change with the choice of provinces).
     */
    SidebarCounts sidebar(ArticleQuery q, boolean places, java.util.function.BooleanSupplier abandoned) {
        return db.read(c -> {
            try (Statement tx = c.createStatement()) {
                tx.execute("BEGIN"); // one snapshot: a write committed midway is in all the numbers or in none
                try {
                    return new SidebarCounts(count(c, SidebarCounts.special(q, false, false)),
                            count(c, SidebarCounts.special(q, true, false)), count(c, SidebarCounts.special(q, false, true)),
                            places ? byProvince(c, q) : Map.of(), places ? byUnit(c, q) : Map.of(), byFeed(c, q),
                            byCollection(c, q));
                } finally {
                    tx.execute("COMMIT");
                }
            }
        }, abandoned);
    }

    private static long count(Connection c, ArticleQuery q) throws SQLException {
        Sql count = countSql(q.withOldestFirst(false), SearchReading.of(c, q));
        try (PreparedStatement ps = c.prepareStatement(count.sql())) {
            SqliteArticleRepository.bind(ps, count.args());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        }
    }

    private static Sql countSql(ArticleQuery q, SearchReading reading) {
        ListFilter f = ListFilter.of(q, reading);
        List<Object> args = new ArrayList<>();
        String sql;
        Optional<String> match = q.text() == null ? Optional.empty() : reading.match(q.text());
        if (match.isPresent() && ListFilter.of(q.withText(null)).trivial()) {
            // one index row per article: the index counts its own matches, provinces included
            sql = "SELECT count(*) FROM article_search WHERE article_search MATCH ?";
            args.add(ListFilter.withinProvinces(match.get(), q.provinceIds()));
            f = new ListFilter("1=1", List.of());
        } else if (q.provinceIds().isEmpty() && f.trivial()) {
            sql = "SELECT n FROM counts WHERE name = 'articles'";
        } else if (q.equals(STORIES)) {
            sql = "SELECT coalesce((SELECT n FROM counts WHERE name = 'leads'), 0)";
            f = new ListFilter("1=1", List.of());
        } else if (q.provinceIds().size() == 1 && (f.trivial() || q.withProvinces(java.util.Set.of()).equals(STORIES))) {
            sql = "SELECT coalesce((SELECT n FROM counts WHERE name = ?), 0)";
            args.add((f.trivial() ? "about:" : "lead-about:") + q.provinceIds().iterator().next());
            f = new ListFilter("1=1", List.of());
        } else if (q.provinceIds().size() == 1 && (q.withProvinces(java.util.Set.of()).equals(UNREAD)
                || q.withProvinces(java.util.Set.of()).equals(UNREAD_STORIES))) {
            // one province's unread: its kept number less its kept read number
            String p = q.provinceIds().iterator().next();
            sql = "SELECT coalesce((SELECT n FROM counts WHERE name = ?), 0) - coalesce((SELECT n FROM counts WHERE name = ?), 0)";
            args.add((q.grouped() ? "lead-about:" : "about:") + p);
            args.add((q.grouped() ? "lead-read-about:" : "read-about:") + p);
            f = new ListFilter("1=1", List.of());
        } else if (q.equals(ArticleQuery.ALL.withUnreadOnly(true)) || q.equals(STORIES.withUnreadOnly(true))) {
            // unread = all - read, both kept
            sql = q.grouped()
                    ? "SELECT coalesce((SELECT n FROM counts WHERE name = 'leads'), 0) - coalesce((SELECT n FROM counts WHERE name = 'lead-read'), 0)"
                    : "SELECT coalesce((SELECT n FROM counts WHERE name = 'articles'), 0) - coalesce((SELECT n FROM counts WHERE name = 'read'), 0)";
            f = new ListFilter("1=1", List.of());
        } else if (q.provinceIds().isEmpty()) {
            sql = "SELECT count(*) FROM articles a LEFT JOIN article_status st ON st.article_id = a.id WHERE " + f.sql();
        } else {
            // the articles table (rows with their leads) is read only for what it alone holds: half the time in a
            // large province; one province's rows are one per article, so they need no DISTINCT
            boolean articleColumns = f.sql().contains("a.source_id") || f.sql().contains("a.sort_ts");
            String join = f.trivial() ? "" : q.bookmarkedOnly() && !articleColumns ? "" : articleColumns
                    ? " JOIN articles a ON a.id = ap.article_id LEFT JOIN article_status st ON st.article_id = a.id"
                    : " LEFT JOIN article_status st ON st.article_id = ap.article_id";
            sql = "SELECT " + (q.provinceIds().size() == 1 ? "count(*)" : "count(DISTINCT ap.article_id)")
                    + (q.bookmarkedOnly() && !articleColumns ? FROM_BOOKMARKS : " FROM article_provinces ap")
                    + join + " WHERE ap.relation = 'about' AND ap.province_id IN (" + ListQueries.marks(q.provinceIds().size())
                    + ") AND " + (articleColumns ? f.sql() : f.sql().replace("a.id", "ap.article_id"));
            args.addAll(ListFilter.sorted(q.provinceIds()));
        }
        args.addAll(f.args());
        return new Sql(sql, args);
    }

    private static java.util.NavigableMap<Long, Long> byDay(Connection c, ArticleQuery query, int offset) throws SQLException {
        ArticleQuery q = query.withRange(null, null).withOldestFirst(false);
        // every article's day is read: the leads are asked once as a list, not article by article
        ListFilter f = ListFilter.of(q, SearchReading.of(c, q), q.provinceIds().isEmpty() && !q.bookmarkedOnly());
        List<Object> args = new ArrayList<>();
        args.add(offset);
        String sql;
        // floor division, so that a day before 1970 is not folded into the next
        String day = "((%s + ?) - ((%<s + ?) %% 86400 + 86400) %% 86400) / 86400";
        args.add(offset);
        if (q.provinceIds().isEmpty()) {
            sql = "SELECT " + String.format(day, "a.sort_ts") + ", count(*) FROM " + (q.bookmarkedOnly()
                    ? "article_status st CROSS JOIN articles a ON a.id = st.article_id" // the few bookmarks, not every article
                    : "articles a LEFT JOIN article_status st ON st.article_id = a.id") + " WHERE " + f.sql() + " GROUP BY 1";
        } else {
            // the province's own rows carry the time: the articles table is read only when the filter needs it
            boolean articleColumns = f.sql().contains("a.source_id");
            String join = f.trivial() ? "" : articleColumns
                    ? " JOIN articles a ON a.id = ap.article_id LEFT JOIN article_status st ON st.article_id = a.id"
                    : " LEFT JOIN article_status st ON st.article_id = ap.article_id";
            sql = "SELECT " + String.format(day, "ap.sort_ts") + ", "
                    + (q.provinceIds().size() == 1 ? "count(*)" : "count(DISTINCT ap.article_id)") + " FROM article_provinces ap"
                    + join + " WHERE ap.relation = 'about' AND ap.province_id IN (" + ListQueries.marks(q.provinceIds().size())
                    + ") AND " + (articleColumns ? f.sql() : f.sql().replace("a.id", "ap.article_id")) + " GROUP BY 1";
            args.addAll(ListFilter.sorted(q.provinceIds()));
        }
        args.addAll(f.args());
        java.util.NavigableMap<Long, Long> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqliteArticleRepository.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** The numbers beside the provinces and units alone, in one read; null when they are not kept for {@code q}. */
    SidebarCounts places(ArticleQuery q, java.util.function.BooleanSupplier abandoned) {
        if (!placesKept(q)) {
            return null;
        }
        return db.read(c -> {
            try (Statement tx = c.createStatement()) {
                tx.execute("BEGIN");
                try {
                    return new SidebarCounts(0, 0, 0, byProvince(c, q), byUnit(c, q), Map.of(), Map.of());
                } finally {
                    tx.execute("COMMIT");
                }
            }
        }, abandoned);
    }

    /** Whether the numbers beside the places for {@code query} are kept (read in a few ms), not counted. */
    static boolean placesKept(ArticleQuery query) {
        ArticleQuery q = query.withProvinces(java.util.Set.of()).withOldestFirst(false);
        ArticleQuery noRange = q.withRange(null, null);
        boolean stories = noRange.equals(STORIES) || noRange.equals(UNREAD_STORIES);
        return q.from() == null && q.to() == null ? stories || noRange.equals(ArticleQuery.ALL) || noRange.equals(UNREAD) : stories;
    }

    /** The window's default list: every story, nothing else chosen. */
    private static final ArticleQuery STORIES = ArticleQuery.ALL.withGrouped(true);
    private static final ArticleQuery UNREAD = ArticleQuery.ALL.withUnreadOnly(true);
    private static final ArticleQuery UNREAD_STORIES = STORIES.withUnreadOnly(true);

    /** Each id's kept number less its kept read number; ids with none left are left out, as a count leaves them. */
    private static Map<String, Long> unread(Map<String, Long> all, Map<String, Long> read) {
        Map<String, Long> out = new TreeMap<>();
        all.forEach((id, n) -> {
            long left = n - read.getOrDefault(id, 0L);
            if (left > 0) {
                out.put(id, left);
            }
        });
        return out;
    }

    /** For each province, the length of the list with that province chosen in place of the query's. */
    private static Map<String, Long> byProvince(Connection c, ArticleQuery query) throws SQLException {
        ArticleQuery q = query.withProvinces(java.util.Set.of()).withOldestFirst(false);
        ListFilter f = ListFilter.of(q, SearchReading.of(c, q));
        if (f.trivial() || q.equals(STORIES)) {
            return kept(c, f.trivial() ? "about:" : "lead-about:");
        }
        if (q.equals(UNREAD) || q.equals(UNREAD_STORIES)) {
            // unread = all - read, both kept for each province
            return unread(kept(c, q.grouped() ? "lead-about:" : "about:"), kept(c, q.grouped() ? "lead-read-about:" : "read-about:"));
        }
        Map<String, Long> byDays = inWholeDays(c, q, "about", CountQueries::byProvince);
        if (byDays != null) {
            return byDays;
        }
        if (q.bookmarkedOnly() && !f.sql().contains("a.source_id")) {
            return grouped(c, new Sql("SELECT ap.province_id, count(*)" + FROM_BOOKMARKS + " WHERE ap.relation = 'about' AND "
                    + onProvinceRows(f) + " GROUP BY ap.province_id", f.args()));
        }
        if (!f.sql().contains("a.source_id")) {
            // a province's own rows carry the time: a time range is read from the province index, each province a
            // range of it (the IN list lets SQLite seek), and the articles table is not read at all
            return grouped(c, new Sql("SELECT ap.province_id, count(*) FROM article_provinces ap"
                    + " LEFT JOIN article_status st ON st.article_id = ap.article_id"
                    + " WHERE ap.province_id IN (SELECT id FROM provinces) AND ap.relation = 'about' AND " + onProvinceRows(f)
                    + " GROUP BY ap.province_id", f.args()));
        }
        return grouped(c, new Sql("SELECT ap.province_id, count(*) FROM article_provinces ap"
                + " JOIN articles a ON a.id = ap.article_id LEFT JOIN article_status st ON st.article_id = a.id"
                + " WHERE ap.relation = 'about' AND " + f.sql() + " GROUP BY ap.province_id", f.args()));
    }

    private interface PlaceCount {
        Map<String, Long> count(Connection c, ArticleQuery q) throws SQLException;
    }

    /**
     * The stories (or unread stories) about each place ({@code places}: "about" or "unit") within a time range: the
     * range's whole days (UTC) from the kept days, its two partial ends counted. Null for any other list, or for a
     * range without a whole day in it (counted as it is).
     */
    private static Map<String, Long> inWholeDays(Connection c, ArticleQuery q, String places, PlaceCount counted)
            throws SQLException {
        ArticleQuery noRange = q.withRange(null, null);
        if (q.from() == null && q.to() == null || !noRange.equals(STORIES) && !noRange.equals(UNREAD_STORIES)
                || Database.userVersion(c) < 11) {
            return null;
        }
        long fromDay = q.from() == null ? Long.MIN_VALUE : Math.floorDiv(q.from().getEpochSecond() + KeptDays.DAY - 1, KeptDays.DAY);
        long toDay = q.to() == null ? Long.MAX_VALUE : Math.floorDiv(q.to().getEpochSecond(), KeptDays.DAY);
        if (fromDay >= toDay) {
            return null;
        }
        Map<String, Long> all = KeptDays.sum(c, "lead-" + places, fromDay, toDay);
        Map<String, Long> out = q.unreadOnly() ? unread(all, KeptDays.sum(c, "lead-read-" + places, fromDay, toDay)) : all;
        // an open end has no partial day to count
        java.time.Instant wholeFrom = q.from() == null ? null : java.time.Instant.ofEpochSecond(fromDay * KeptDays.DAY);
        java.time.Instant wholeTo = q.to() == null ? null : java.time.Instant.ofEpochSecond(toDay * KeptDays.DAY);
        if (wholeFrom != null && q.from().isBefore(wholeFrom)) {
            counted.count(c, q.withRange(q.from(), wholeFrom)).forEach((id, n) -> add(out, id, n));
        }
        if (wholeTo != null && wholeTo.isBefore(q.to())) {
            counted.count(c, q.withRange(wholeTo, q.to())).forEach((id, n) -> add(out, id, n));
        }
        out.values().removeIf(n -> n <= 0);
        return out;
    }

    private static void add(Map<String, Long> to, String id, long n) {
        to.merge(id, n, Long::sum);
    }

    /** For each 2025 unit, the length of the list with its member provinces chosen: an article about two counts once. */
    private static Map<String, Long> byUnit(Connection c, ArticleQuery query) throws SQLException {
        ArticleQuery q = query.withProvinces(java.util.Set.of()).withOldestFirst(false);
        ListFilter f = ListFilter.of(q, SearchReading.of(c, q));
        if (f.trivial() || q.equals(STORIES)) {
            return kept(c, f.trivial() ? "unit:" : "lead-unit:");
        }
        if (q.equals(UNREAD) || q.equals(UNREAD_STORIES)) {
            return unread(kept(c, q.grouped() ? "lead-unit:" : "unit:"), kept(c, q.grouped() ? "lead-read-unit:" : "read-unit:"));
        }
        Map<String, Long> byDays = inWholeDays(c, q, "unit", CountQueries::byUnit);
        if (byDays != null) {
            return byDays;
        }
        boolean articleColumns = f.sql().contains("a.source_id");
        if (q.bookmarkedOnly() && !articleColumns) {
            return grouped(c, new Sql("SELECT p.unit_2025, count(DISTINCT ap.article_id)" + FROM_BOOKMARKS
                    + " JOIN provinces p ON p.id = ap.province_id WHERE ap.relation = 'about' AND " + onProvinceRows(f)
                    + " GROUP BY p.unit_2025", f.args()));
        }
        return grouped(c, new Sql("SELECT p.unit_2025, count(DISTINCT ap.article_id) FROM article_provinces ap"
                + " JOIN provinces p ON p.id = ap.province_id"
                + (articleColumns ? " JOIN articles a ON a.id = ap.article_id LEFT JOIN article_status st ON st.article_id = a.id"
                : " LEFT JOIN article_status st ON st.article_id = ap.article_id")
                + " WHERE ap.relation = 'about' AND " + (articleColumns ? f.sql() : onProvinceRows(f)) + " GROUP BY p.unit_2025", f.args()));
    }

    /**
     * Beside each collection, what a click on it lists: its articles among those shown (of the chosen feed, if any),
     * each version counted, as a collection lists articles and not stories.
     */
    private static Map<Long, Long> byCollection(Connection c, ArticleQuery query) throws SQLException {
        return byMembership(c, query.withCollection(null).withGrouped(false), "collection_articles", "collection_id");
    }

    /** For each feed, the length of the list with that feed chosen in place of the query's. */
    private static Map<Long, Long> byFeed(Connection c, ArticleQuery query) throws SQLException {
        return byMembership(c, query.withFeed(null), "feed_items", "feed_id");
    }

    /** Articles by the list ({@code table}) they are members of, among those {@code q} selects. */
    private static Map<Long, Long> byMembership(Connection c, ArticleQuery q, String table, String column)
            throws SQLException {
        ListFilter f = ListFilter.of(q, SearchReading.of(c, q));
        List<Object> args = new ArrayList<>(f.args());
        String provinces = "";
        if (!q.provinceIds().isEmpty()) {
            provinces = " AND a.id IN (SELECT article_id FROM article_provinces WHERE relation = 'about' AND province_id IN ("
                    + ListQueries.marks(q.provinceIds().size()) + "))";
            args.addAll(ListFilter.sorted(q.provinceIds()));
        }
        Map<Long, Long> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT fi." + column + ", count(DISTINCT a.id) FROM " + table + " fi"
                + " JOIN articles a ON a.id = fi.article_id LEFT JOIN article_status st ON st.article_id = a.id"
                + " WHERE " + f.sql() + provinces + " GROUP BY fi." + column)) {
            SqliteArticleRepository.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /**
     * The bookmarked articles' province rows, read from the few bookmarks rather than from every province row (3.3 s
     * at 1,000,000 articles): CROSS JOIN keeps SQLite from turning the order round.
     */
    private static final String FROM_BOOKMARKS = " FROM article_status st CROSS JOIN article_provinces ap ON ap.article_id = st.article_id";

    /** The filter on a province's rows in place of the article's: the same id and time, without reading articles. */
    private static String onProvinceRows(ListFilter f) {
        return f.sql().replace("a.sort_ts", "ap.sort_ts").replace("a.id", "ap.article_id");
    }

    /** The kept numbers named {@code prefix} + an id, by id. */
    private static Map<String, Long> kept(Connection c, String prefix) throws SQLException {
        // a range on the primary key rather than LIKE, which SQLite will not use the key for
        return grouped(c, new Sql("SELECT substr(name, ?), n FROM counts WHERE name >= ? AND name < ? AND n > 0",
                List.of(prefix.length() + 1, prefix, prefix.substring(0, prefix.length() - 1) + ";")));
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
