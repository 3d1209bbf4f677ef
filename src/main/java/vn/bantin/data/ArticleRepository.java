package vn.bantin.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.Page;
import vn.bantin.domain.PageCursor;

/** Articles: stored once, never changed by the reader; read and bookmark state is in {@link StatusRepository}. */
public interface ArticleRepository {

    enum Outcome { INSERTED, DUPLICATE }

    /** Stores a batch in one transaction; an article whose id is already stored is left as it is. */
    List<Outcome> insertBatch(List<NewArticle> batch);

    /** Newest first, {@code limit} rows after {@code after} (null for the first page). */
    Page<ArticleSummary> page(ArticleQuery query, PageCursor after, int limit);

    long count(ArticleQuery query);

    /** As {@link #count(ArticleQuery)}, given up when {@code abandoned} turns true ({@link ReadAbandonedException}). */
    long count(ArticleQuery query, java.util.function.BooleanSupplier abandoned);

    /** Articles about each province under the query, ignoring the query's own province filter. */
    Map<String, Long> countsByProvince(ArticleQuery query);

    /**
     * How many articles (or stories) the list would show on each day, the query's own time range left out: by the
     * day (epoch day) the article was published, or arrived undated, at {@code offset}. Days with none are absent.
     */
    default java.util.NavigableMap<Long, Long> countsByDay(ArticleQuery query, java.time.ZoneOffset offset) {
        return countsByDay(query, offset, () -> false);
    }

    /** As {@link #countsByDay(ArticleQuery, java.time.ZoneOffset)}, stopped when {@code abandoned} turns true. */
    java.util.NavigableMap<Long, Long> countsByDay(ArticleQuery query, java.time.ZoneOffset offset,
                                                   java.util.function.BooleanSupplier abandoned);

    /** Changes when another connection to the file commits; empty while this process writes (see Database). */
    java.util.OptionalLong othersVersion();

    /** Every number the sidebar shows beside the list for {@code query}, from one snapshot of the file. */
    default vn.bantin.domain.SidebarCounts sidebarCounts(ArticleQuery query) {
        return sidebarCounts(query, true);
    }

    /** As {@link #sidebarCounts(ArticleQuery)}; without {@code places} the provinces' and units' numbers are left out. */
    default vn.bantin.domain.SidebarCounts sidebarCounts(ArticleQuery query, boolean places) {
        return sidebarCounts(query, places, () -> false);
    }

    /**
     * Only the numbers beside the provinces and units for {@code query} (the rest zero and empty), given up when
     * {@code abandoned}: the map's shades, asked ahead of the list's page. Null when they are not kept for that list
     * but would be counted (a search, a feed, bookmarks, a range of a list other than the stories or unread ones).
     */
    vn.bantin.domain.SidebarCounts placeCounts(ArticleQuery query, java.util.function.BooleanSupplier abandoned);

    /** As {@link #sidebarCounts(ArticleQuery, boolean)}, given up when {@code abandoned} turns true. */
    vn.bantin.domain.SidebarCounts sidebarCounts(ArticleQuery query, boolean places, java.util.function.BooleanSupplier abandoned);

    /** By full id, or by an unambiguous prefix of at least six characters. */
    Optional<Article> find(String idOrPrefix);

    Optional<Article> findByKey(long key);

    /** A small number the file keeps under a name (which parser last read every article); empty when never set. */
    java.util.OptionalInt marker(String name);

    void setMarker(String name, int value);

    /** Hands every stored article's kept raw input to {@code sink}, a batch at a time, oldest first. */
    void forEachRaw(int batchSize, Consumer<List<RawArticle>> sink);

    /**
     * The reader's correction of an article's provinces: {@code add} makes the article about the province,
     * otherwise its tag for it goes. Kept through re-reading, counted in the province lists at once.
     */
    void correctProvince(long articleKey, String provinceId, boolean add);

    /** Replaces the parsed fields and tags of stored articles (same ids), keeping their status and the reader's
     * corrections of their provinces; one transaction. */
    void replaceParsed(List<NewArticle> batch);

    /** Tidies indexes and statistics after a large import (FTS merge, ANALYZE). */
    void optimize();

    /** Writes the search index anew from the stored articles, in one transaction; returns how many were indexed. */
    int rebuildSearchIndex();

    /** A story and the ids of its articles. */
    record StorySummary(long storyId, List<String> articleIds) {
    }

    /** Stories, most recently active first. */
    List<StorySummary> stories(int limit);

    /** Takes an article out of its story into a story of its own; the choice is kept. */
    void splitFromStory(long articleKey);

    /** Puts every article of the second article's story into the first's; the choice is kept. */
    void mergeStories(long intoArticleKey, long otherArticleKey);

    /** Keys of all the articles in the story of this one (itself included). */
    List<Long> storyMembers(long articleKey);

    /** Stored articles that have no story fingerprint yet (stored before stories existed), oldest first. */
    List<RawArticle> withoutFingerprint(int limit);

    /**
     * Writes fingerprints for stored articles (same ids). With {@code reassign}, articles the reader has not
     * grouped by hand are placed in stories anew; without it, every story stays as it is.
     */
    void regroup(List<NewArticle> batch, boolean reassign);

    record RawArticle(long key, String id, String rawName, String rawInput, java.time.Instant importedAt) {
    }

    /** The article's pictures as stored (from its feed's sync), in page order; none for most saved pages. */
    List<vn.bantin.domain.ArticleImage> images(long articleKey);

    /** Deletes these articles in one transaction, keeping what {@link #undelete} needs to put them back. */
    vn.bantin.domain.DeletedArticles deleteUndoably(java.util.Collection<Long> articleKeys);

    /**
     * Puts back exactly what the deletion took (read state, bookmarks, provinces, stories, pictures); an article
     * stored again since is left as it is. How many came back; 0 once the deletion was forgotten.
     */
    int undelete(vn.bantin.domain.DeletedArticles deleted);

    /** The deletion will not be undone: the pictures it kept go, where no other article shows them. */
    void forget(vn.bantin.domain.DeletedArticles deleted);

    /** Every deletion still undoable becomes final (the file is closing). */
    void forgetAll();
}
