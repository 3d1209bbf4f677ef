package vn.bantin.service;

import static vn.bantin.i18n.Texts.t;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.bantin.data.CollectionRepository;
import vn.bantin.data.StoreException;
import vn.bantin.domain.ArticleCollection;

/** What the reader keeps for something: collections of articles. The window and the command line both come here. */
public final class Keeping {
    private final CollectionRepository collections;

    public Keeping(CollectionRepository collections) {
        this.collections = collections;
    }

    public List<ArticleCollection> collections() {
        return collections.collections();
    }

    public Optional<ArticleCollection> collection(String name) {
        return collections.byName(name);
    }

    /** The collection of that name; refused, saying so, when there is none. */
    public ArticleCollection existing(String name) {
        return collections.byName(name).orElseThrow(() -> new StoreException(t("collection.noName", name)));
    }

    /** The collection of that name, made if there is none yet. */
    public ArticleCollection create(String name) {
        return collections.create(name);
    }

    public void rename(long id, String name) {
        collections.rename(id, name);
    }

    public void delete(long id) {
        collections.delete(id);
    }

    /** How many of the articles were not in the collection already. */
    public int add(long collectionId, Collection<Long> articleKeys) {
        return collections.add(collectionId, articleKeys);
    }

    /** How many of the articles were in the collection. */
    public int remove(long collectionId, Collection<Long> articleKeys) {
        return collections.remove(collectionId, articleKeys);
    }

    /** The collections an article is in. */
    public List<ArticleCollection> of(long articleKey) {
        return collections.of(articleKey);
    }
}
