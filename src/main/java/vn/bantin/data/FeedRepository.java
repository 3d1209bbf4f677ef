package vn.bantin.data;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bantin.domain.Feed;
import vn.bantin.domain.SyncedItem;

/** Subscriptions, what each has brought, and the images kept for reading offline. */
public interface FeedRepository {
    /** Subscribes; subscribing to an address already subscribed returns that feed unchanged. */
    Feed add(String url, String title, String siteUrl);

    Optional<Feed> find(long id);

    /** Every subscription by title, each with how many of its articles are unread. */
    List<Feed> list();

    void rename(long id, String title);

    /**
     * Unsubscribes. Its articles stay unless {@code deleteArticles}; then those no other feed brought and the
     * reader has not bookmarked are deleted. Returns how many were.
     */
    int remove(long id, boolean deleteArticles);

    /** The entries this feed has brought: guid to the entry's update time as the feed gave it (may be null). */
    Map<String, String> entries(long feedId);

    /** What the last sync of a feed came to, and the validators for the next conditional GET. */
    void recordSync(long id, String etag, String lastModified, String status, Instant when);

    record Stored(int inserted, int updated) {
    }

    /**
     * Stores a feed's new and changed entries in one transaction: new articles with their images, changed ones
     * re-parsed in place (read state and bookmarks stay), and every entry remembered for the next sync.
     */
    Stored store(long feedId, List<SyncedItem> items);

    /** An entry kept from its feed's text because its page could not be fetched: where to fetch it whole. */
    record SummaryOnly(long feedId, String guid, String entryUpdated, String url, String title) {
    }

    /** The feed entry an article was kept from as a summary only, if it was. */
    java.util.Optional<SummaryOnly> summaryOnly(long articleKey);

}
