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

    void setBookmarked(long articleKey, boolean bookmarked);
}
