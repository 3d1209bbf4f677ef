package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stories about each province and 2025 unit, and the read ones among them, kept for each day (UTC) by the same
 * triggers as the rest of the kept numbers ({@link KeptCounts}, schema 11). A time range on the map's timeline then
 * reads the numbers beside the places from its whole days, and counts only its two partial ends: a month's numbers
 * were a count of a month of every province's rows (200–280 ms at 1,000,000 articles, the one reshade over 50 ms).
 * A day is that of the province row's time, which is the article's: a re-read that moves the article writes its
 * province rows again.
 */
final class KeptDays {
    private KeptDays() {
    }

    static final long DAY = 86_400;

    /** The UTC day of a time in seconds, rounded down for times before 1970 too. */
    static String day(String seconds) {
        return "((" + seconds + ") / 86400 - ((" + seconds + ") < 0 AND (" + seconds + ") % 86400 <> 0))";
    }

    static final String TABLE = """
            CREATE TABLE kept_days (
              kind TEXT NOT NULL,
              day INTEGER NOT NULL,
              id TEXT NOT NULL,
              n INTEGER NOT NULL,
              PRIMARY KEY (kind, day, id)
            ) WITHOUT ROWID""";

    private static final String ADD = " ON CONFLICT(kind, day, id) DO UPDATE SET n = n + excluded.n;\n";

    /** A province row ({@code row}: NEW or OLD) counted in or out, for a story ({@code lead}) and a read one. */
    static String about(String row, int sign, String lead, String read, String onlyInUnit) {
        String day = day(row + ".sort_ts");
        String province = row + ".province_id";
        return "INSERT INTO kept_days(kind, day, id, n) SELECT 'lead-about', " + day + ", " + province + ", " + sign
                + " WHERE " + lead + ADD
                + "INSERT INTO kept_days(kind, day, id, n) SELECT 'lead-unit', " + day + ", unit_2025, " + sign
                + " FROM provinces WHERE id = " + province + " AND " + lead + " AND " + onlyInUnit + ADD
                + "INSERT INTO kept_days(kind, day, id, n) SELECT 'lead-read-about', " + day + ", " + province + ", " + sign
                + " WHERE " + lead + " AND " + read + ADD
                + "INSERT INTO kept_days(kind, day, id, n) SELECT 'lead-read-unit', " + day + ", unit_2025, " + sign
                + " FROM provinces WHERE id = " + province + " AND " + lead + " AND " + read + " AND " + onlyInUnit + ADD;
    }

    /** A story led by {@code article} counted in or out, on each of its province rows' days. */
    static String story(String article, int sign, String read) {
        return rows(article, sign, "lead-about", "lead-unit", "true")
                + rows(article, sign, "lead-read-about", "lead-read-unit", read);
    }

    /** The article turned read (or unread): counted in or out of the read stories, if it leads one. */
    static String read(String article, int sign, String lead) {
        return rows(article, sign, "lead-read-about", "lead-read-unit", lead);
    }

    private static String rows(String article, int sign, String byProvince, String byUnit, String when) {
        String about = " FROM article_provinces ap JOIN provinces p ON p.id = ap.province_id WHERE ap.article_id = " + article
                + " AND ap.relation = 'about' AND " + when;
        return "INSERT INTO kept_days(kind, day, id, n) SELECT '" + byProvince + "', " + day("ap.sort_ts") + ", ap.province_id, "
                + sign + about + ADD
                + "INSERT INTO kept_days(kind, day, id, n) SELECT DISTINCT '" + byUnit + "', " + day("ap.sort_ts") + ", p.unit_2025, "
                + sign + about + ADD;
    }

    private static final String STORY_ROWS = " FROM article_provinces ap JOIN provinces p ON p.id = ap.province_id"
            + " JOIN article_stories s ON s.article_id = ap.article_id AND s.lead = 1";
    private static final String READ_ROWS = " JOIN article_status st ON st.article_id = ap.article_id AND st.read = 1";

    /** Every day's numbers counted anew from the rows, as the triggers would have kept them. */
    static final List<String> RECOUNT = List.of(
            "DELETE FROM kept_days",
            "INSERT INTO kept_days SELECT 'lead-about', " + day("ap.sort_ts") + ", ap.province_id, count(*)" + STORY_ROWS
                    + " WHERE ap.relation = 'about' GROUP BY 2, 3",
            "INSERT INTO kept_days SELECT 'lead-read-about', " + day("ap.sort_ts") + ", ap.province_id, count(*)" + STORY_ROWS
                    + READ_ROWS + " WHERE ap.relation = 'about' GROUP BY 2, 3",
            units("lead-unit", ""),
            units("lead-read-unit", READ_ROWS));

    /** The units' days counted anew, when the gazetteer moved a province to another unit. */
    static final List<String> RECOUNT_UNITS = List.of(
            "DELETE FROM kept_days WHERE kind IN ('lead-unit', 'lead-read-unit')", RECOUNT.get(3), RECOUNT.get(4));

    private static String units(String kind, String read) {
        return "INSERT INTO kept_days SELECT '" + kind + "', " + day("ap.sort_ts") + ", p.unit_2025, count(DISTINCT ap.article_id)"
                + STORY_ROWS + read + " WHERE ap.relation = 'about' GROUP BY 2, 3";
    }

    /** The kept numbers of {@code kind} summed over the days {@code [fromDay, toDay)}, by province or unit. */
    static Map<String, Long> sum(Connection c, String kind, long fromDay, long toDay) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, sum(n) FROM kept_days WHERE kind = ? AND day >= ? AND day < ? GROUP BY id")) {
            ps.setString(1, kind);
            ps.setLong(2, fromDay);
            ps.setLong(3, toDay);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }
}
