package vn.bantin.domain;

import java.time.Instant;

/** The reader's state for an article, kept apart from the immutable article. */
public record ArticleStatus(boolean read, boolean bookmarked, Instant bookmarkedAt) {
    public static final ArticleStatus NEW = new ArticleStatus(false, false, null);
}
