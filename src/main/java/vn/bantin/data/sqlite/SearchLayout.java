package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The search index's table: its columns and their order (decision 0017).
 *
 * <p>Folded text (đ → d, accents off) is written by the repository, so the index needs no tokenizer of its own;
 * contentless keeps the file small, as the articles' tables have the text. {@code places} holds a token for each
 * province the article is about, so that a search within provinces is one intersection inside the index.
 *
 * <p>The body comes first. FTS5 writes a word's positions in its first column without a column number, and in any
 * other column after two bytes that name it; most words of an article are in its body only. On the bench file that
 * is 26 % of the index. Every query and insert names its columns, so a file made before, with the title first,
 * works the same until {@code compact} writes its index again in this order.
 */
final class SearchLayout {
    static final String COLUMNS = "body, title, lead, places";
    /**
     * How much FTS5 holds in memory before it writes it out as a segment: 8 MB, above a batch of 1,000 articles
     * (FTS5's own default, 1 MB, cut each batch into several segments, which it then had to merge: the index's
     * writing took a quarter longer; BENCHMARKS.md, 2026-12-06, afternoon). Written into the index's own settings.
     */
    static final int PENDING_BYTES = 8 << 20;

    private SearchLayout() {
    }

    static String create(String table) {
        return "CREATE VIRTUAL TABLE " + table + " USING fts5(\n  " + COLUMNS + ",\n"
                + "  content='', contentless_delete=1,\n"
                + "  tokenize='unicode61 remove_diacritics 2'\n)";
    }

    /** The index's settings, once it is made: kept in the file, in the index's own table of them. */
    static String settings(String table) {
        return "INSERT INTO " + table + "(" + table + ", rank) VALUES ('hashsize', " + PENDING_BYTES + ")";
    }

    /** Whether the file's index has its columns in this order. */
    static boolean current(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_schema WHERE name = 'article_search'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getString(1).replace("\n", " ").replaceAll(" +", " ").contains("( " + COLUMNS + ",");
        }
    }
}
