package vn.bantin.data;

import vn.bantin.domain.ArticleStatus;

/** The reader's state per article. Each call is its own transaction. */
public interface StatusRepository {
    ArticleStatus get(long articleKey);

    void setRead(long articleKey, boolean read);

    /**
     * Reading one version of a story reads the story: every article of the article's story (the article alone when
     * it has none) marked read or unread, in one transaction. The rule for the window and the command line alike.
     */
    void setStoryRead(long articleKey, boolean read);

    /**
     * Marks these articles and every version of their stories read, in one transaction, and returns the keys that
     * were unread before (what an undo sets unread again).
     */
    java.util.List<Long> markStoriesRead(java.util.Collection<Long> articleKeys);

    /** Sets exactly these articles unread again (an undo of {@link #markStoriesRead}), in one transaction. */
    void markUnread(java.util.Collection<Long> articleKeys);

    void setBookmarked(long articleKey, boolean bookmarked);
}
