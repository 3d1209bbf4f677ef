package vn.bantin.data.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.bantin.domain.ArticleQuery;

/** The WHERE conditions on {@code a} (articles) and {@code st} (status) that every list query shares. */
record ListFilter(String sql, List<Object> args) {
    /** Stories only, asked article by article: right when few articles are read (a page, a province). */
    private static final String LEADS_ONE_BY_ONE = " AND EXISTS (SELECT 1 FROM article_stories gs WHERE gs.article_id = a.id AND gs.lead = 1)";
    /**
     * Stories only, as one list of the leads read from their own small index, for a query that reads every article:
     * a million lookups into the stories' table, whose rows carry fingerprints, read 2 GB where this reads the index
     * once (3.5 s against 0.7 s at 1M).
     */
    private static final String LEADS_AS_LIST = " AND a.id IN (SELECT article_id FROM article_stories WHERE lead = 1)";

    /** For a query without text, or whose text is searched as typed, prefixes left to the index. */
    static ListFilter of(ArticleQuery q) {
        return of(q, SearchReading.NONE);
    }

    static ListFilter of(ArticleQuery q, SearchReading reading) {
        return of(q, reading, false);
    }

    /** With {@code everyArticle}, for a query that reads all the articles: the stories' leads asked as one list. */
    static ListFilter of(ArticleQuery q, SearchReading reading, boolean everyArticle) {
        StringBuilder sb = new StringBuilder("1=1");
        List<Object> args = new ArrayList<>();
        if (q.bookmarkedOnly()) {
            sb.append(" AND st.bookmarked = 1");
        }
        if (q.unreadOnly()) {
            sb.append(" AND COALESCE(st.read, 0) = 0");
        }
        if (q.groupsStories()) {
            sb.append(everyArticle ? LEADS_AS_LIST : LEADS_ONE_BY_ONE);
        }
        if (q.sourceId() != null) {
            sb.append(" AND a.source_id = ?");
            args.add(q.sourceId());
        }
        if (q.feedId() != null) {
            sb.append(" AND a.id IN (SELECT article_id FROM feed_items WHERE feed_id = ?)");
            args.add(q.feedId());
        }
        if (q.collectionId() != null) {
            sb.append(" AND a.id IN (SELECT article_id FROM collection_articles WHERE collection_id = ?)");
            args.add(q.collectionId());
        }
        if (q.from() != null) {
            sb.append(" AND a.sort_ts >= ?");
            args.add(q.from().getEpochSecond());
        }
        if (q.to() != null) {
            sb.append(" AND a.sort_ts < ?");
            args.add(q.to().getEpochSecond());
        }
        if (q.text() != null) {
            Optional<String> match = reading.match(q.text());
            if (match.isEmpty()) {
                sb.append(" AND 0");
            } else {
                sb.append(" AND a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)");
                args.add(withinProvinces(match.get(), q.provinceIds()));
            }
        }
        return new ListFilter(sb.toString(), args);
    }

    boolean trivial() {
        return sql.equals("1=1");
    }

    /** The reader's words searched in the text columns only, and, when provinces are chosen, within them. */
    static String withinProvinces(String match, java.util.Set<String> provinceIds) {
        return inColumns("title lead body", match, provinceIds);
    }

    /** The reader's words in the given text columns, and, when provinces are chosen, within them. */
    static String inColumns(String columns, String match, java.util.Set<String> provinceIds) {
        String text = "{" + columns + "} : (" + match + ")";
        if (provinceIds.isEmpty()) {
            return text;
        }
        return text + " AND places : (" + String.join(" OR ", sorted(provinceIds).stream().map(Tags::placeToken).toList()) + ")";
    }

    static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted().toList();
    }
}
