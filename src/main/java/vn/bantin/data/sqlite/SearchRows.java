package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import vn.bantin.domain.Folding;

/**
 * Search rows written again from the stored text: the index is contentless, so a row cannot be read back, only
 * made anew (after a rebuild of the whole index, or for articles an Undo put back).
 */
final class SearchRows {
    /** The reader's note on an article and the notes on its highlights, one per line; null when there are none. */
    static final String NOTES = "SELECT group_concat(x, char(10)) FROM (SELECT text AS x FROM notes WHERE article_id = ?1"
            + " UNION ALL SELECT note FROM highlights WHERE article_id = ?1 AND note IS NOT NULL)";

    private SearchRows() {
    }

    /**
     * One article's search row set on {@code insert} (rowid, title, lead, body, places), folded as the index is
     * written, with the reader's notes after its text, and its words noted: every path that indexes an article
     * comes here.
     */
    static void fill(PreparedStatement insert, SearchWords words, long key, String title, String lead, String text,
                     String noted, String places) throws SQLException {
        String t = Folding.fold(title);
        String l = Folding.fold(lead);
        String body = Folding.fold(noted == null ? text : text + "\n" + noted);
        insert.setLong(1, key);
        insert.setString(2, t);
        insert.setString(3, l);
        insert.setString(4, body);
        insert.setString(5, places);
        words.add(t, l, body);
    }

    /** Writes the rows of these articles, or of every article when {@code keys} is null; how many. */
    static int write(Connection c, Collection<Long> keys) throws SQLException {
        return write(c, keys, n -> true);
    }

    /**
     * The index made again in the columns' order of {@link SearchLayout}, in the caller's transaction, when the file's
     * is older; how many rows were written. {@code goOn} is told the rows written every thousand; false rolls the
     * whole back (the caller's transaction ends by the exception), so the old index stays as it was.
     */
    static int relayout(Connection c, java.util.function.LongPredicate goOn) throws SQLException {
        if (SearchLayout.current(c)) {
            return 0;
        }
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("DROP TABLE article_search");
            st.execute(SearchLayout.create("article_search"));
            st.execute(SearchLayout.settings("article_search"));
        }
        return writeAll(c, goOn);
    }

    /** Every article's row written into an empty index, its words counted again, the index merged; how many. */
    static int writeAll(Connection c, java.util.function.LongPredicate goOn) throws SQLException {
        SearchWords.clear(c);
        int n = write(c, null, goOn);
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("INSERT INTO article_search(article_search) VALUES ('optimize')");
        }
        return n;
    }

    private static int write(Connection c, Collection<Long> keys, java.util.function.LongPredicate goOn) throws SQLException {
        String where = keys == null ? "" : " WHERE a.id IN (SELECT value FROM json_each(?))";
        int n = 0;
        try (SearchWords words = new SearchWords(c);
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO article_search(rowid, title, lead, body, places) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement select = c.prepareStatement("SELECT a.id, a.title, a.lead, t.body, t.captions,"
                     + " (SELECT group_concat(province_id, ' ') FROM article_provinces ap WHERE ap.article_id = a.id"
                     + " AND ap.relation = 'about'), (" + NOTES.replace("?1", "a.id") + ")"
                     + " FROM articles a JOIN article_texts t ON t.article_id = a.id" + where)) {
            if (keys != null) {
                select.setString(1, keys.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String about = rs.getString(6);
                    fill(insert, words, rs.getLong(1), rs.getString(2), rs.getString(3),
                            StoredText.body(c, rs.getObject(4)).replace("\n\n", "\n") + "\n" + rs.getString(5), rs.getString(7),
                            about == null ? "" : Tags.placeTokens(List.of(about.split(" "))));
                    insert.addBatch();
                    if (++n % 1000 == 0) {
                        insert.executeBatch();
                        words.flush();
                        if (!goOn.test(n)) {
                            throw new java.util.concurrent.CancellationException("stopped after " + n + " rows");
                        }
                    }
                }
            }
            insert.executeBatch();
        }
        return n;
    }
}
