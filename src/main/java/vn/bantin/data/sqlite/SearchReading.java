package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bantin.data.SearchQuery;
import vn.bantin.domain.ArticleQuery;

/**
 * How a query's words are handed to the search index: asked once, with the connection, before its statements are
 * written (decision 0007 and its addenda).
 *
 * <ul>
 *   <li>One or two letters still being typed are searched as a word: a prefix that short starts most of the
 *       vocabulary, and is not yet what the reader means.</li>
 *   <li>A longer prefix, typed or with a star, is searched as the words of the index it starts ({@link SearchWords}),
 *       named one by one, which FTS5 reads newest first and stops at the page; the prefix itself makes FTS5 merge the
 *       postings of all of them first (seconds at a million articles).</li>
 *   <li>A prefix still being typed that starts more than {@link #MOST} words is searched as the {@link #MOST} seen
 *       most often: the articles whose only such word is a rarer one are left out until the word is finished.
 *       A prefix with a star is the reader's explicit wish: past {@link #MOST} words it stays a prefix, exact and slow.</li>
 * </ul>
 */
record SearchReading(boolean asWord, Map<String, List<String>> words) {
    /** Words named at most for one prefix: at a million articles each costs the index about 25 µs a walk. */
    static final int MOST = 200;
    static final SearchReading NONE = new SearchReading(false, Map.of());

    static SearchReading of(Connection c, ArticleQuery q) throws SQLException {
        return q.text() == null ? NONE : of(c, q.text());
    }

    static SearchReading of(Connection c, String text) throws SQLException {
        SearchQuery parsed = SearchQuery.parse(text);
        int letters = parsed.typedLength();
        boolean asWord = letters > 0 && letters < 3;
        if (asWord) {
            parsed = SearchQuery.parse(text, true);
        }
        Map<String, List<String>> words = new HashMap<>();
        // the word still being typed is the last one included (parse says whether there is one)
        SearchQuery.Term typed = parsed.typedPrefix() ? parsed.include().get(parsed.include().size() - 1) : null;
        for (List<SearchQuery.Term> terms : List.of(parsed.include(), parsed.exclude())) {
            for (SearchQuery.Term t : terms) {
                if (!t.prefix() || words.containsKey(t.last())) {
                    continue;
                }
                boolean typing = t == typed;
                List<String> named = SearchWords.starting(c, t.last(), MOST);
                if (named.size() > MOST) {
                    named = typing ? named.subList(0, MOST) : List.of();
                }
                words.put(t.last(), List.copyOf(named));
            }
        }
        return new SearchReading(asWord, Map.copyOf(words));
    }

    /** The MATCH expression for the reader's text, or empty when nothing searchable was typed. */
    Optional<String> match(String text) {
        return SearchQuery.parse(text, asWord).toFtsMatch(words::get);
    }
}
