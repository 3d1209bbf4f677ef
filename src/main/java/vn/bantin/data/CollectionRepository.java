package vn.bantin.data;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.bantin.domain.ArticleCollection;

/**
 * The reader's collections: named sets of articles, many per article. A name is unique whatever its case
 * ("Da Nang brief" and "da nang BRIEF" are one), so the command line finds a collection by the name the reader
 * remembers. Each call is its own transaction; a bad name is refused with a {@link StoreException} saying why.
 */
public interface CollectionRepository {
    /** Every collection with how many articles it holds, by name. */
    List<ArticleCollection> collections();

    Optional<ArticleCollection> byName(String name);

    /** The collection of that name, made if there is none yet. */
    ArticleCollection create(String name);

    void rename(long id, String name);

    /** The collection goes; its articles stay. */
    void delete(long id);

    /** Puts the articles in the collection; how many were not in it already. Unknown keys are refused, none added. */
    int add(long collectionId, Collection<Long> articleKeys);

    /** Takes the articles out of the collection; how many were in it. */
    int remove(long collectionId, Collection<Long> articleKeys);

    /** The collections holding the article, by name. */
    List<ArticleCollection> of(long articleKey);
}
