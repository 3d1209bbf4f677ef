package vn.bantin.domain;

import java.time.Instant;
import java.util.Set;

/**
 * What the list shows. Provinces are "any of" and match the provinces an article is about.
 * {@code from}/{@code to} bound the publication (or import) time, inclusive/exclusive. {@code grouped} shows
 * one row per story. {@code feedId} keeps the articles a subscription brought, {@code collectionId} those the reader
 * put in a collection. Newest first unless {@code oldestFirst}; a search is best first.
 */
public record ArticleQuery(Set<String> provinceIds, boolean bookmarkedOnly, boolean unreadOnly, String sourceId,
                           Instant from, Instant to, String text, boolean grouped, Long feedId, boolean oldestFirst,
                           Long collectionId) {
    public static final ArticleQuery ALL = new ArticleQuery(Set.of(), false, false, null, null, null, null, false, null, false);

    public ArticleQuery(Set<String> provinceIds, boolean bookmarkedOnly, boolean unreadOnly, String sourceId,
                        Instant from, Instant to, String text, boolean grouped, Long feedId, boolean oldestFirst) {
        this(provinceIds, bookmarkedOnly, unreadOnly, sourceId, from, to, text, grouped, feedId, oldestFirst, null);
    }

    public ArticleQuery(Set<String> provinceIds, boolean bookmarkedOnly, boolean unreadOnly, String sourceId,
                        Instant from, Instant to, String text, boolean grouped, Long feedId) {
        this(provinceIds, bookmarkedOnly, unreadOnly, sourceId, from, to, text, grouped, feedId, false);
    }

    public ArticleQuery(Set<String> provinceIds, boolean bookmarkedOnly, boolean unreadOnly, String sourceId,
                        Instant from, Instant to, String text, boolean grouped) {
        this(provinceIds, bookmarkedOnly, unreadOnly, sourceId, from, to, text, grouped, null);
    }

    public ArticleQuery(Set<String> provinceIds, boolean bookmarkedOnly, boolean unreadOnly, String sourceId,
                        Instant from, Instant to, String text) {
        this(provinceIds, bookmarkedOnly, unreadOnly, sourceId, from, to, text, false);
    }

    public ArticleQuery {
        provinceIds = Set.copyOf(provinceIds);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public ArticleQuery withProvinces(Set<String> ids) {
        return new ArticleQuery(ids, bookmarkedOnly, unreadOnly, sourceId, from, to, text, grouped, feedId, oldestFirst, collectionId);
    }

    /** The same list cut to what was published (or, undated, arrived) before {@code t}. */
    public ArticleQuery before(Instant t) {
        Instant end = to == null || t.isBefore(to) ? t : to;
        return new ArticleQuery(provinceIds, bookmarkedOnly, unreadOnly, sourceId, from, end, text, grouped, feedId, oldestFirst, collectionId);
    }

    /** The same list within [{@code from}, {@code to}) by publication (or arrival) time; null leaves that end open. */
    public ArticleQuery withRange(Instant from, Instant to) {
        return new ArticleQuery(provinceIds, bookmarkedOnly, unreadOnly, sourceId, from, to, text, grouped, feedId, oldestFirst, collectionId);
    }

    public ArticleQuery withBookmarkedOnly(boolean b) {
        return new ArticleQuery(provinceIds, b, unreadOnly, sourceId, from, to, text, grouped, feedId, oldestFirst, collectionId);
    }

    public ArticleQuery withUnreadOnly(boolean u) {
        return new ArticleQuery(provinceIds, bookmarkedOnly, u, sourceId, from, to, text, grouped, feedId, oldestFirst, collectionId);
    }

    public ArticleQuery withText(String t) {
        return new ArticleQuery(provinceIds, bookmarkedOnly, unreadOnly, sourceId, from, to, t, grouped, feedId, oldestFirst, collectionId);
    }

    /**
     * Whether the list shows one row per story: when asked, except for bookmarks and collections, which are the
     * articles the reader chose, each kept in view even when another version leads its story.
     */
    public boolean groupsStories() {
        return grouped && !bookmarkedOnly && collectionId == null;
    }

    /** One row per story (its lead article) instead of one per article. */
    public ArticleQuery withGrouped(boolean g) {
        return new ArticleQuery(provinceIds, bookmarkedOnly, unreadOnly, sourceId, from, to, text, g, feedId, oldestFirst, collectionId);
    }

    public ArticleQuery withFeed(Long f) {
        return new ArticleQuery(provinceIds, bookmarkedOnly, unreadOnly, sourceId, from, to, text, grouped, f, oldestFirst, collectionId);
    }

    /** Oldest first instead of newest first (a search stays best first). */
    public ArticleQuery withOldestFirst(boolean o) {
        return new ArticleQuery(provinceIds, bookmarkedOnly, unreadOnly, sourceId, from, to, text, grouped, feedId, o, collectionId);
    }

    public ArticleQuery withSource(String s) {
        return new ArticleQuery(provinceIds, bookmarkedOnly, unreadOnly, s, from, to, text, grouped, feedId, oldestFirst, collectionId);
    }

    /** The articles of one collection (null: no collection chosen). */
    public ArticleQuery withCollection(Long c) {
        return new ArticleQuery(provinceIds, bookmarkedOnly, unreadOnly, sourceId, from, to, text, grouped, feedId, oldestFirst, c);
    }
}
