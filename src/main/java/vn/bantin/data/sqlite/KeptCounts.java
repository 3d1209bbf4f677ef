package vn.bantin.data.sqlite;

import java.util.List;

/**
 * The sidebar's numbers for the lists a reader sees most (the stories, and every article) kept up to date by
 * triggers in the counts table instead of counted: at 200,000 articles, counting the stories about each province
 * and 2025 unit and the unread ones took 2.2 s on every change. Kept beside 'articles' and 'about:P' (schema 1):
 * <ul>
 *   <li>'leads': stories (the versions that lead them);</li>
 *   <li>'lead-about:P': stories whose lead is about province P;</li>
 *   <li>'unit:U', 'lead-unit:U': articles, and stories, about any province of 2025 unit U, each once;</li>
 *   <li>'read', 'lead-read': read articles, and read stories;</li>
 *   <li>'read-about:P', 'lead-read-about:P', 'read-unit:U', 'lead-read-unit:U' (schema 8): the read ones among
 *   the articles and stories about province P or unit U, so that Unread's number beside a province, and the map's
 *   shade, is a subtraction, not a count of every row (1 s at 1,000,000 articles).</li>
 * </ul>
 * Each trigger reads the other tables' rows as they are, so an article's rows may come and go in any order (an
 * import writes its provinces before or after its story row; a delete cascades in the order SQLite picks) and
 * the numbers end the same.
 */
final class KeptCounts {
    private KeptCounts() {
    }

    private static final String LEAD = "EXISTS (SELECT 1 FROM article_stories WHERE article_id = %1$s AND lead = 1)";
    private static final String READ = "EXISTS (SELECT 1 FROM article_status WHERE article_id = %1$s AND read = 1)";
    /** No other row of the article is about a province of the same unit as %2$s. */
    private static final String ONLY_IN_UNIT = """
            NOT EXISTS (SELECT 1 FROM article_provinces o JOIN provinces q ON q.id = o.province_id
                        WHERE o.article_id = %1$s AND o.relation = 'about' AND o.province_id <> %2$s
                          AND q.unit_2025 = (SELECT unit_2025 FROM provinces WHERE id = %2$s))""";
    private static final String ADD = " ON CONFLICT(name) DO UPDATE SET n = n + excluded.n;\n";

    /** A story led by the article: counted in, or (sign -1) out. */
    private static String story(String article, int sign, boolean days) {
        return (days ? KeptDays.story(article, sign, String.format(READ, article)) : "")
                + "INSERT INTO counts(name, n) SELECT 'leads', " + sign + " WHERE true" + ADD
                + "INSERT INTO counts(name, n) SELECT 'lead-about:' || province_id, " + sign + " FROM article_provinces"
                + " WHERE article_id = " + article + " AND relation = 'about'" + ADD
                + "INSERT INTO counts(name, n) SELECT DISTINCT 'lead-unit:' || p.unit_2025, " + sign
                + " FROM article_provinces ap JOIN provinces p ON p.id = ap.province_id"
                + " WHERE ap.article_id = " + article + " AND ap.relation = 'about'" + ADD
                + "INSERT INTO counts(name, n) SELECT 'lead-read', " + sign + " WHERE " + String.format(READ, article) + ADD
                + "INSERT INTO counts(name, n) SELECT 'lead-read-about:' || province_id, " + sign + " FROM article_provinces"
                + " WHERE article_id = " + article + " AND relation = 'about' AND " + String.format(READ, article) + ADD
                + "INSERT INTO counts(name, n) SELECT DISTINCT 'lead-read-unit:' || p.unit_2025, " + sign
                + " FROM article_provinces ap JOIN provinces p ON p.id = ap.province_id"
                + " WHERE ap.article_id = " + article + " AND ap.relation = 'about' AND " + String.format(READ, article) + ADD;
    }

    /** A province the article is about, counted in or out; after a delete the row is gone, before an insert it is there. */
    private static String about(String row, int sign, boolean days) {
        String article = row + ".article_id";
        String province = row + ".province_id";
        String lead = String.format(LEAD, article);
        String only = String.format(ONLY_IN_UNIT, article, province);
        String read = String.format(READ, article);
        return (days ? KeptDays.about(row, sign, lead, read, only) : "")
                + "INSERT INTO counts(name, n) SELECT 'lead-about:' || " + province + ", " + sign + " WHERE " + lead + ADD
                + "INSERT INTO counts(name, n) SELECT 'unit:' || unit_2025, " + sign + " FROM provinces WHERE id = " + province
                + " AND " + only + ADD
                + "INSERT INTO counts(name, n) SELECT 'lead-unit:' || unit_2025, " + sign + " FROM provinces WHERE id = " + province
                + " AND " + lead + " AND " + only + ADD
                + "INSERT INTO counts(name, n) SELECT 'read-about:' || " + province + ", " + sign + " WHERE " + read + ADD
                + "INSERT INTO counts(name, n) SELECT 'lead-read-about:' || " + province + ", " + sign + " WHERE " + lead
                + " AND " + read + ADD
                + "INSERT INTO counts(name, n) SELECT 'read-unit:' || unit_2025, " + sign + " FROM provinces WHERE id = " + province
                + " AND " + read + " AND " + only + ADD
                + "INSERT INTO counts(name, n) SELECT 'lead-read-unit:' || unit_2025, " + sign + " FROM provinces WHERE id = "
                + province + " AND " + lead + " AND " + read + " AND " + only + ADD;
    }

    private static String read(String article, int sign, boolean days) {
        String lead = String.format(LEAD, article);
        String about = " FROM article_provinces ap JOIN provinces p ON p.id = ap.province_id WHERE ap.article_id = " + article
                + " AND ap.relation = 'about'";
        return (days ? KeptDays.read(article, sign, lead) : "")
                + "INSERT INTO counts(name, n) SELECT 'read', " + sign + " WHERE true" + ADD
                + "INSERT INTO counts(name, n) SELECT 'lead-read', " + sign + " WHERE " + lead + ADD
                + "INSERT INTO counts(name, n) SELECT 'read-about:' || ap.province_id, " + sign + about + ADD
                + "INSERT INTO counts(name, n) SELECT 'lead-read-about:' || ap.province_id, " + sign + about + " AND " + lead + ADD
                + "INSERT INTO counts(name, n) SELECT DISTINCT 'read-unit:' || p.unit_2025, " + sign + about + ADD
                + "INSERT INTO counts(name, n) SELECT DISTINCT 'lead-read-unit:' || p.unit_2025, " + sign + about + " AND " + lead + ADD;
    }

    private static String trigger(String name, String when, String body) {
        return "CREATE TRIGGER " + name + " " + when + " BEGIN\n" + body + "END";
    }

    /** Every kept number counted anew from the rows, as the triggers would have kept it. */
    static final List<String> RECOUNT = List.of(
            "DELETE FROM counts WHERE name IN ('leads', 'read', 'lead-read') OR name LIKE 'lead-about:%'"
                    + " OR name LIKE 'unit:%' OR name LIKE 'lead-unit:%' OR name LIKE 'read-about:%' OR name LIKE 'lead-read-about:%'"
                    + " OR name LIKE 'read-unit:%' OR name LIKE 'lead-read-unit:%'",
            "INSERT INTO counts(name, n) SELECT 'leads', count(*) FROM article_stories WHERE lead = 1",
            "INSERT INTO counts(name, n) SELECT 'read', count(*) FROM article_status WHERE read = 1",
            "INSERT INTO counts(name, n) SELECT 'lead-read', count(*) FROM article_status st"
                    + " JOIN article_stories s ON s.article_id = st.article_id AND s.lead = 1 WHERE st.read = 1",
            "INSERT INTO counts(name, n) SELECT 'lead-about:' || ap.province_id, count(*) FROM article_provinces ap"
                    + " JOIN article_stories s ON s.article_id = ap.article_id AND s.lead = 1"
                    + " WHERE ap.relation = 'about' GROUP BY ap.province_id",
            "INSERT INTO counts(name, n) SELECT 'unit:' || p.unit_2025, count(DISTINCT ap.article_id) FROM article_provinces ap"
                    + " JOIN provinces p ON p.id = ap.province_id WHERE ap.relation = 'about' GROUP BY p.unit_2025",
            "INSERT INTO counts(name, n) SELECT 'lead-unit:' || p.unit_2025, count(DISTINCT ap.article_id) FROM article_provinces ap"
                    + " JOIN provinces p ON p.id = ap.province_id JOIN article_stories s ON s.article_id = ap.article_id AND s.lead = 1"
                    + " WHERE ap.relation = 'about' GROUP BY p.unit_2025",
            "INSERT INTO counts(name, n) SELECT 'read-about:' || ap.province_id, count(*) FROM article_provinces ap"
                    + " JOIN article_status st ON st.article_id = ap.article_id AND st.read = 1"
                    + " WHERE ap.relation = 'about' GROUP BY ap.province_id",
            "INSERT INTO counts(name, n) SELECT 'lead-read-about:' || ap.province_id, count(*) FROM article_provinces ap"
                    + " JOIN article_status st ON st.article_id = ap.article_id AND st.read = 1"
                    + " JOIN article_stories s ON s.article_id = ap.article_id AND s.lead = 1"
                    + " WHERE ap.relation = 'about' GROUP BY ap.province_id",
            "INSERT INTO counts(name, n) SELECT 'read-unit:' || p.unit_2025, count(DISTINCT ap.article_id) FROM article_provinces ap"
                    + " JOIN provinces p ON p.id = ap.province_id JOIN article_status st ON st.article_id = ap.article_id AND st.read = 1"
                    + " WHERE ap.relation = 'about' GROUP BY p.unit_2025",
            "INSERT INTO counts(name, n) SELECT 'lead-read-unit:' || p.unit_2025, count(DISTINCT ap.article_id) FROM article_provinces ap"
                    + " JOIN provinces p ON p.id = ap.province_id JOIN article_status st ON st.article_id = ap.article_id AND st.read = 1"
                    + " JOIN article_stories s ON s.article_id = ap.article_id AND s.lead = 1"
                    + " WHERE ap.relation = 'about' GROUP BY p.unit_2025");

    /** The triggers of schema 7, by name: schema 8 makes them again with the read numbers in their bodies. */
    private static final List<String> TRIGGERS = List.of("about_in", "about_out", "story_in", "story_out", "story_lead",
            "story_unlead", "read_in", "read_out", "read_set", "read_unset");

    /** Schema 8: the triggers again, now keeping the read ones per province and unit, then those numbers counted. */
    static List<String> migrationEight() {
        List<String> all = dropTriggers();
        all.addAll(triggers(false));
        all.addAll(RECOUNT);
        return all;
    }

    /** Schema 11: the stories about each place kept by day too ({@link KeptDays}), by the same triggers made again. */
    static List<String> migrationEleven() {
        List<String> all = dropTriggers();
        all.add(KeptDays.TABLE);
        all.addAll(triggers(true));
        all.addAll(KeptDays.RECOUNT);
        return all;
    }

    private static List<String> dropTriggers() {
        List<String> all = new java.util.ArrayList<>();
        for (String t : TRIGGERS) {
            all.add("DROP TRIGGER IF EXISTS kept_" + t);
        }
        return all;
    }

    /** Schema 7: the triggers, then the numbers for what the file already holds. */
    static List<String> migration() {
        List<String> all = new java.util.ArrayList<>(triggers(false));
        all.addAll(RECOUNT);
        return all;
    }

    /** The triggers; with {@code days}, keeping the stories' numbers by day as well (schema 11). */
    private static List<String> triggers(boolean days) {
        return List.of(
                trigger("kept_about_in", "AFTER INSERT ON article_provinces WHEN NEW.relation = 'about'", about("NEW", 1, days)),
                trigger("kept_about_out", "AFTER DELETE ON article_provinces WHEN OLD.relation = 'about'", about("OLD", -1, days)),
                trigger("kept_story_in", "AFTER INSERT ON article_stories WHEN NEW.lead = 1", story("NEW.article_id", 1, days)),
                trigger("kept_story_out", "AFTER DELETE ON article_stories WHEN OLD.lead = 1", story("OLD.article_id", -1, days)),
                trigger("kept_story_lead", "AFTER UPDATE OF lead ON article_stories WHEN NEW.lead = 1 AND OLD.lead = 0",
                        story("NEW.article_id", 1, days)),
                trigger("kept_story_unlead", "AFTER UPDATE OF lead ON article_stories WHEN NEW.lead = 0 AND OLD.lead = 1",
                        story("NEW.article_id", -1, days)),
                trigger("kept_read_in", "AFTER INSERT ON article_status WHEN NEW.read = 1", read("NEW.article_id", 1, days)),
                trigger("kept_read_out", "AFTER DELETE ON article_status WHEN OLD.read = 1", read("OLD.article_id", -1, days)),
                trigger("kept_read_set", "AFTER UPDATE OF read ON article_status WHEN NEW.read = 1 AND OLD.read = 0",
                        read("NEW.article_id", 1, days)),
                trigger("kept_read_unset", "AFTER UPDATE OF read ON article_status WHEN NEW.read = 0 AND OLD.read = 1",
                        read("NEW.article_id", -1, days)));
    }

    /** The 2025 units' numbers counted anew: a province moved to another unit in the gazetteer changes them. */
    static final List<String> RECOUNT_UNITS = List.of(
            "DELETE FROM counts WHERE name LIKE 'unit:%' OR name LIKE 'lead-unit:%' OR name LIKE 'read-unit:%'"
                    + " OR name LIKE 'lead-read-unit:%'", RECOUNT.get(5), RECOUNT.get(6), RECOUNT.get(9), RECOUNT.get(10));
}
