package vn.bantin.domain;

import java.time.Instant;
import java.util.Set;

/**
 * What the list shows. Provinces are "any of" and match the provinces an article is about.
 * {@code from}/{@code to} bound the publication (or import) time, inclusive/exclusive.
 */
public record ArticleQuery(Set<String> provinceIds, boolean bookmarkedOnly, boolean unreadOnly, String sourceId,
                           Instant from, Instant to, String text) {
    public static final ArticleQuery ALL = new ArticleQuery(Set.of(), false, false, null, null, null, null);

    public ArticleQuery {
        provinceIds = Set.copyOf(provinceIds);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public ArticleQuery withProvinces(Set<String> ids) {
        return new ArticleQuery(ids, bookmarkedOnly, unreadOnly, sourceId, from, to, text);
    }

    public ArticleQuery withBookmarkedOnly(boolean b) {
        return new ArticleQuery(provinceIds, b, unreadOnly, sourceId, from, to, text);
    }

    public ArticleQuery withUnreadOnly(boolean u) {
        return new ArticleQuery(provinceIds, bookmarkedOnly, u, sourceId, from, to, text);
    }

    public ArticleQuery withText(String t) {
        return new ArticleQuery(provinceIds, bookmarkedOnly, unreadOnly, sourceId, from, to, t);
    }

    public ArticleQuery withSource(String s) {
        return new ArticleQuery(provinceIds, bookmarkedOnly, unreadOnly, s, from, to, text);
    }
}
