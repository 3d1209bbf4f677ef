package vn.bantin.domain;

import java.util.List;

/** One feed entry after sync: the article made of it, its images, and what identifies it in the feed. */
public record SyncedItem(String guid, String entryUpdated, NewArticle article, List<ArticleImage> images) {
    public SyncedItem {
        images = List.copyOf(images);
    }
}
