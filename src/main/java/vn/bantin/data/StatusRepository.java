package vn.bantin.data;

import vn.bantin.domain.ArticleStatus;

/** The reader's state per article. Each call is its own transaction. */
public interface StatusRepository {
    ArticleStatus get(long articleKey);

    void setRead(long articleKey, boolean read);

    void setBookmarked(long articleKey, boolean bookmarked);
}
