package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of the search index, each with how many times it was indexed: what lets a word still
 * being typed be searched as the words it starts (decision 0014). FTS5 answers a prefix by merging
 * the postings of every word it starts, across the whole index, whatever the LIMIT (seconds at a million articles);
 * the same words named one by one are read newest first and stop at the page.
 *
 * <p>The number orders the words, it is not a count: it grows when an article is indexed again and does not shrink
 * when one is deleted, and a word no article has any more only costs its look-up. Occurrences, not articles: an
 * article's words counted once each cost the import a set per article, and order the words the same.
 */
final class SearchWords implements AutoCloseable {
    /** U+10FFFF, the last code point: every word that starts with a prefix sorts below the prefix followed by it. */
    private static final String LAST = "\uDBFF\uDFFF";
    private final Connection c;
    private final WordTally tally = new WordTally();

    SearchWords(Connection c) {
        this.c = c;
    }

    static List<String> migration() {
        return List.of(
                "CREATE TABLE search_words (word TEXT PRIMARY KEY, seen INTEGER NOT NULL) WITHOUT ROWID",
                // the index already holds the words of every article: read once from its own vocabulary
                "CREATE VIRTUAL TABLE temp.search_vocabulary USING fts5vocab(main, article_search, 'col')",
                """
                INSERT INTO search_words(word, seen)
                  SELECT term, sum(cnt) FROM temp.search_vocabulary WHERE col IN ('title', 'lead', 'body') GROUP BY term""",
                "DROP TABLE temp.search_vocabulary");
    }

    /** Notes the words of one article's folded text columns (title, lead, body), every time each occurs. */
    void add(String... folded) {
        for (String text : folded) {
            if (text != null) {
                tally.add(text);
            }
        }
    }

    /** Writes what was noted, in the caller's transaction; called once a batch, not once an article. */
    void flush() throws SQLException {
        if (tally.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_words(word, seen) VALUES (?, ?)"
                + " ON CONFLICT(word) DO UPDATE SET seen = seen + excluded.seen")) {
            SQLException[] failed = {null};
            tally.forEach((word, n) -> {
                try {
                    ps.setString(1, word);
                    ps.setInt(2, n);
                    ps.addBatch();
                } catch (SQLException e) {
                    failed[0] = e;
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            ps.executeBatch();
        }
        tally.clear();
    }

    @Override
    public void close() throws SQLException {
        flush();
    }

    /** Forgets every word, for an index written again from nothing. */
    static void clear(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM search_words")) {
            ps.executeUpdate();
        }
    }

    /**
     * The words that start with {@code prefix}, the most often seen first, at most {@code max} + 1 of them (one more
     * tells the caller there are more than it asked for).
     */
    static List<String> starting(Connection c, String prefix, int max) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT word FROM search_words WHERE word >= ? AND word < ? ORDER BY seen DESC, word LIMIT ?")) {
            ps.setString(1, prefix);
            ps.setString(2, prefix + LAST);
            ps.setInt(3, max + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
