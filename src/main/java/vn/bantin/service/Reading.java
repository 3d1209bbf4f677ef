package vn.bantin.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bantin.data.ArticleRepository;
import vn.bantin.data.FeedRepository;
import vn.bantin.data.StatusRepository;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleImage;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleStatus;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;

/**
 * What a reader does with the stored articles, the same from the window and the command line: list and count
 * them, open one (which reads its story), mark, bookmark, correct its provinces, split and merge stories.
 */
public final class Reading {
    private final ArticleRepository articles;
    private final StatusRepository statuses;
    private final FeedRepository feeds;

    public Reading(ArticleRepository articles, StatusRepository statuses, FeedRepository feeds) {
        this.articles = articles;
        this.statuses = statuses;
        this.feeds = feeds;
    }

    // ---- the list -------------------------------------------------------------------------------------

    public Page<ArticleSummary> page(ArticleQuery q, PageCursor after, int limit) {
        return articles.page(q, after, limit);
    }

    public long count(ArticleQuery q) {
        return articles.count(q);
    }

    /** As {@link #count(ArticleQuery)}, given up when {@code abandoned} ({@link vn.bantin.data.ReadAbandonedException}). */
    public long count(ArticleQuery q, java.util.function.BooleanSupplier abandoned) {
        return articles.count(q, abandoned);
    }

    /** Articles about each province (and 2025 unit) among those the query selects, ignoring its provinces. */
    /** Changes when another program (or window) writes to the file; empty while this one writes. */
    public java.util.OptionalLong othersVersion() {
        return articles.othersVersion();
    }

    /** Every number the sidebar shows beside the list for {@code q}: each what a click on its entry would list. */
    public vn.bantin.domain.SidebarCounts sidebarCounts(ArticleQuery q) {
        return articles.sidebarCounts(q);
    }

    /** As {@link #sidebarCounts(ArticleQuery)}, given up when {@code abandoned}; without {@code places}, as beside them. */
    public vn.bantin.domain.SidebarCounts sidebarCounts(ArticleQuery q, boolean places, java.util.function.BooleanSupplier abandoned) {
        return articles.sidebarCounts(q, places, abandoned);
    }

    /** The numbers beside the places alone when they are kept for {@code q}, else null (see the repository's). */
    public vn.bantin.domain.SidebarCounts placeCounts(ArticleQuery q, java.util.function.BooleanSupplier abandoned) {
        return articles.placeCounts(q, abandoned);
    }

    public Map<String, Long> countsByProvince(ArticleQuery q) {
        return articles.countsByProvince(q);
    }

    /** The timeline's bars: the list's length on each day, its own time range left out. */
    public java.util.NavigableMap<Long, Long> countsByDay(ArticleQuery q, java.time.ZoneOffset offset) {
        return articles.countsByDay(q, offset);
    }

    /** As {@link #countsByDay(ArticleQuery, java.time.ZoneOffset)}, stopped when {@code abandoned}. */
    public java.util.NavigableMap<Long, Long> countsByDay(ArticleQuery q, java.time.ZoneOffset offset,
                                                          java.util.function.BooleanSupplier abandoned) {
        return articles.countsByDay(q, offset, abandoned);
    }

    // ---- one article -------------------------------------------------------------------------------------

    /** By its id or the first six or more characters of it. */
    public Optional<Article> find(String idOrPrefix) {
        return articles.find(idOrPrefix);
    }

    public Optional<Article> article(long key) {
        return articles.findByKey(key);
    }

    /** Opening an article reads it, and with it every other version of its story. */
    public Optional<Article> open(long key) {
        statuses.setStoryRead(key, true);
        return articles.findByKey(key);
    }

    public List<ArticleImage> images(long key) {
        return articles.images(key);
    }

    /** Kept from its feed's summary because its page could not be had (it can be fetched whole later). */
    public boolean keptFromSummary(long key) {
        return feeds.summaryOnly(key).isPresent();
    }

    public ArticleStatus status(long key) {
        return statuses.get(key);
    }

    /** Reading one version of a story reads the story; unreading it unreads the story. */
    public void setRead(long key, boolean read) {
        statuses.setStoryRead(key, read);
    }

    /**
     * Marks every article the list for {@code q} holds read (with the other versions of their stories), and returns
     * those that were unread, for an undo.
     */
    public List<Long> markAllRead(ArticleQuery q) {
        List<Long> keys = new java.util.ArrayList<>();
        ArticleQuery all = q.withUnreadOnly(false);
        PageCursor after = null;
        do {
            Page<ArticleSummary> page = articles.page(all, after, 1000);
            page.items().forEach(a -> keys.add(a.key()));
            after = page.next();
        } while (after != null);
        return statuses.markStoriesRead(keys);
    }

    /** Undoes {@link #markAllRead}: exactly those articles unread again. */
    public void markUnread(List<Long> keys) {
        statuses.markUnread(keys);
    }

    public void setBookmarked(long key, boolean bookmarked) {
        statuses.setBookmarked(key, bookmarked);
    }

    /** The reader's word on a province: kept through every re-read. */
    public void correctProvince(long key, String provinceId, boolean add) {
        articles.correctProvince(key, provinceId, add);
    }

    // ---- stories -----------------------------------------------------------------------------------------

    public List<ArticleRepository.StorySummary> stories(int limit) {
        return articles.stories(limit);
    }

    public List<Long> storyMembers(long key) {
        return articles.storyMembers(key);
    }

    /** The article leaves its story for one of its own (kept through re-imports). */
    public void split(long key) {
        articles.splitFromStory(key);
    }

    /** The other article's story joins this one's. */
    public void merge(long intoKey, long otherKey) {
        articles.mergeStories(intoKey, otherKey);
    }

    public int rebuildSearchIndex() {
        return articles.rebuildSearchIndex();
    }

    // ---- deleting -------------------------------------------------------------------------------------

    /** Deletes an article, or with {@code wholeStory} every version of its story; Undo-able while the file is open. */
    public vn.bantin.domain.DeletedArticles delete(long articleKey, boolean wholeStory) {
        List<Long> keys = new java.util.ArrayList<>();
        keys.add(articleKey);
        if (wholeStory) {
            articles.findByKey(articleKey).ifPresent(a -> a.versions().stream().map(Article.Version::key)
                    .filter(k -> k != articleKey).forEach(keys::add));
        }
        return articles.deleteUndoably(keys);
    }

    /** Puts back what {@link #delete} took; how many articles came back. */
    public int undelete(vn.bantin.domain.DeletedArticles deleted) {
        return articles.undelete(deleted);
    }

    /** The deletion is final: what was kept for its Undo goes. */
    public void forget(vn.bantin.domain.DeletedArticles deleted) {
        articles.forget(deleted);
    }
}
