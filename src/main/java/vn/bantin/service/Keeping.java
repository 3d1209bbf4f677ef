package vn.bantin.service;

import static vn.bantin.i18n.Texts.t;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.bantin.data.CollectionRepository;
import vn.bantin.data.StoreException;
import vn.bantin.domain.ArticleCollection;

/**
 * What the reader keeps for something: collections of articles, a note on an article, the words highlighted in it.
 * The window, the command line and the exports all come here.
 */
public final class Keeping {
    private final CollectionRepository collections;
    private final vn.bantin.data.NoteRepository notes;

    public Keeping(CollectionRepository collections, vn.bantin.data.NoteRepository notes) {
        this.collections = collections;
        this.notes = notes;
    }

    public Optional<String> note(long articleKey) {
        return notes.note(articleKey);
    }

    /** Blank removes the note. */
    public void setNote(long articleKey, String text) {
        notes.setNote(articleKey, text);
    }

    /** The article's highlights where they are in {@code article}'s text now (those whose words are gone are left out). */
    public List<vn.bantin.domain.Highlight> highlights(vn.bantin.domain.Article article) {
        String text = vn.bantin.domain.Highlight.readingText(article);
        return notes.highlights(article.key()).stream().map(h -> h.placedIn(text)).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparingInt(vn.bantin.domain.Highlight::start)).toList();
    }

    /** Marks words of the article's reading text, found by their offsets there. */
    public vn.bantin.domain.Highlight highlight(vn.bantin.domain.Article article, int start, int end, String note) {
        String text = vn.bantin.domain.Highlight.readingText(article);
        if (start < 0 || end > text.length() || end <= start) {
            throw new StoreException(t("highlight.bad"));
        }
        return notes.addHighlight(article.key(), start, end, text.substring(start, end), note);
    }

    public void setHighlightNote(long highlightId, String note) {
        notes.setHighlightNote(highlightId, note);
    }

    public void removeHighlight(long highlightId) {
        notes.removeHighlight(highlightId);
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
