package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bantin.data.SearchQuery;

/**
 * The words of the search index, each with how many times an article was indexed with it: what lets a word still
 * being typed be searched as the words it starts (decision 0007, second addendum). FTS5 answers a prefix by merging
 * the postings of every word it starts, across the whole index, whatever the LIMIT (seconds at a million articles);
 * the same words named one by one are read newest first and stop at the page.
 *
 * <p>The number orders the words, it is not a count: it grows when an article is indexed again and does not shrink
 * when one is deleted, and a word no article has any more only costs its look-up.
 */
final class SearchWords implements AutoCloseable {
    /** U+10FFFF, the last code point: every word that starts with a prefix sorts below the prefix followed by it. */
    private static final String LAST = "\uDBFF\uDFFF";
    private final Connection c;
    private final Map<String, Integer> tally = new HashMap<>();

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
                  SELECT term, sum(doc) FROM temp.search_vocabulary WHERE col IN ('title', 'lead', 'body') GROUP BY term""",
                "DROP TABLE temp.search_vocabulary");
    }

    /** Notes the words of one article's folded text columns (title, lead, body), each once. */
    void add(String... folded) {
        Set<String> words = new HashSet<>();
        for (String text : folded) {
            if (text != null) {
                words.addAll(SearchQuery.tokens(text));
            }
        }
        for (String w : words) {
            tally.merge(w, 1, Integer::sum);
        }
    }

    /** Writes what was noted, in the caller's transaction; called once a batch, not once an article. */
    void flush() throws SQLException {
        if (tally.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_words(word, seen) VALUES (?, ?)"
                + " ON CONFLICT(word) DO UPDATE SET seen = seen + excluded.seen")) {
            int n = 0;
            for (Map.Entry<String, Integer> e : tally.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setInt(2, e.getValue());
                ps.addBatch();
                if (++n % 5000 == 0) {
                    ps.executeBatch();
                }
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
