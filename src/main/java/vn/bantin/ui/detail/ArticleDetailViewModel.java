package vn.bantin.ui.detail;

import static vn.bantin.i18n.Texts.t;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.bantin.service.Reading;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleStatus;
import vn.bantin.ui.TaskRunner;

/** The reading view: the open article, its status, and the reader's font size. */
public final class ArticleDetailViewModel {
    public static final double MIN_FONT = 11;
    public static final double MAX_FONT = 28;

    private final Reading reading;
    private final TaskRunner runner;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private java.util.List<vn.bantin.domain.ArticleImage> images = java.util.List.of();
    private final DoubleProperty fontSize = new SimpleDoubleProperty(15);
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty highlight = new SimpleStringProperty();
    private long wanted = -1;
    private final javafx.beans.property.BooleanProperty summaryOnly = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty wholeStatus = new SimpleStringProperty("");
    private java.util.function.LongPredicate isSummary = k -> false;
    private WholePage wholePage = k -> false;

    /** Fetches the whole page of an article kept from its feed's summary; throws with the reason when it cannot. */
    public interface WholePage {
        boolean fetch(long articleKey) throws Exception;
    }

    /** How to tell an article kept from its feed's summary, and how to fetch it whole (synced articles). */
    public void setWholePages(java.util.function.LongPredicate isSummary, WholePage fetch) {
        this.isSummary = isSummary;
        this.wholePage = fetch;
    }

    /** The open article is its feed's summary only: its page could not be fetched yet. */
    public javafx.beans.property.ReadOnlyBooleanProperty summaryOnlyProperty() {
        return summaryOnly;
    }

    public javafx.beans.property.ReadOnlyStringProperty wholeStatusProperty() {
        return wholeStatus;
    }

    /** Fetches the open article's page now and shows it whole, or says why it cannot. */
    public void fetchWhole() {
        Article a = article.get();
        if (a == null) {
            return;
        }
        long key = a.key();
        wholeStatus.set(t("detail.fetching"));
        runner.run(() -> wholePage.fetch(key), ok -> {
            wholeStatus.set("");
            if (wanted == key) {
                open(key, null);
            }
        }, e -> wholeStatus.set(t("detail.fetchFailed", e.getMessage())));
    }

    private record Loaded(Article article, java.util.List<vn.bantin.domain.ArticleImage> images, boolean summary,
                          java.util.List<vn.bantin.domain.Highlight> highlights, String note,
                          java.util.List<vn.bantin.domain.ArticleCollection> collections) {
    }

    private final vn.bantin.service.Keeping keeping;
    private final ObjectProperty<java.util.List<vn.bantin.domain.Highlight>> highlights =
            new SimpleObjectProperty<>(java.util.List.of());
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<java.util.List<vn.bantin.domain.ArticleCollection>> collections =
            new SimpleObjectProperty<>(java.util.List.of());

    public ArticleDetailViewModel(Reading reading, vn.bantin.service.Keeping keeping, TaskRunner runner) {
        this.reading = reading;
        this.keeping = keeping;
        this.runner = runner;
    }

    /** The open article's highlights, in the order of its text; set before the article, so that one render marks them. */
    public javafx.beans.property.ReadOnlyObjectProperty<java.util.List<vn.bantin.domain.Highlight>> highlightsProperty() {
        return highlights;
    }

    /** The collections the open article is in, shown beside its provinces; set before the article. */
    public javafx.beans.property.ReadOnlyObjectProperty<java.util.List<vn.bantin.domain.ArticleCollection>> collectionsProperty() {
        return collections;
    }

    /** The open article went into or out of a collection. */
    public void reloadCollections() {
        Article a = article.get();
        if (a != null) {
            long key = a.key();
            runner.run(() -> keeping.of(key), list -> {
                if (wanted == key) {
                    collections.set(list);
                }
            }, e -> report(e.getMessage()));
        }
    }

    /** The open article's note as stored ("" for none). */
    public javafx.beans.property.ReadOnlyStringProperty noteProperty() {
        return note;
    }

    /** Highlights {@code [start, end)} of the open article's reading text. */
    public void highlight(int start, int end) {
        Article a = article.get();
        if (a == null) {
            return;
        }
        changeNotes(a, () -> keeping.highlight(a, start, end, null));
    }

    public void setHighlightNote(vn.bantin.domain.Highlight h, String text) {
        Article a = article.get();
        if (a != null && !java.util.Objects.equals(h.note() == null ? "" : h.note(), text == null ? "" : text.strip())) {
            changeNotes(a, () -> keeping.setHighlightNote(h.id(), text));
        }
    }

    public void removeHighlight(vn.bantin.domain.Highlight h) {
        Article a = article.get();
        if (a != null) {
            changeNotes(a, () -> keeping.removeHighlight(h.id()));
        }
    }

    /** Keeps the open article's note (blank removes it); nothing is written when it did not change. */
    public void saveNote(String text) {
        Article a = article.get();
        String now = text == null ? "" : text.strip();
        if (a != null && !now.equals(note.get())) {
            note.set(now);
            changeNotes(a, () -> keeping.setNote(a.key(), now));
        }
    }

    /** Tells the reader something about the reading view (a highlight with nothing selected). */
    public void notice(String words) {
        report(words);
    }

    private void changeNotes(Article a, Runnable change) {
        long key = a.key();
        runner.run(() -> {
            change.run();
            return keeping.highlights(a);
        }, list -> {
            if (wanted == key) {
                highlights.set(list);
            }
        }, e -> report(e.getMessage()));
    }

    /** The pictures of the open article, set before the article itself so that one render shows both. */
    public java.util.List<vn.bantin.domain.ArticleImage> images() {
        return images;
    }

    public ObjectProperty<Article> articleProperty() {
        return article;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public javafx.beans.property.ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Search text whose words the reading view marks. */
    public StringProperty highlightProperty() {
        return highlight;
    }

    /**
     * Opens an article and marks it read. {@code onRead} gets the article with its new status, for the list row.
     * A newer open makes an older one's answer stale.
     */
    public void open(long key, java.util.function.Consumer<Article> onRead) {
        wanted = key;
        runner.run(() -> {
            Article found = reading.open(key).orElse(null);
            return found == null ? null : new Loaded(found, reading.images(key), isSummary.test(key), keeping.highlights(found),
                    keeping.note(key).orElse(""), keeping.of(key));
        }, loaded -> {
            if (wanted != key) {
                return;
            }
            Article a = loaded == null ? null : loaded.article();
            images = loaded == null ? java.util.List.of() : loaded.images();
            highlights.set(loaded == null ? java.util.List.of() : loaded.highlights());
            note.set(loaded == null ? "" : loaded.note());
            collections.set(loaded == null ? java.util.List.of() : loaded.collections());
            summaryOnly.set(loaded != null && loaded.summary());
            wholeStatus.set("");
            article.set(a);
            report(a == null ? t("detail.gone") : null);
            if (a != null && onRead != null) {
                onRead.accept(a);
            }
        }, e -> report(t("detail.error.open", e.getMessage())));
    }

    public void setBookmarked(long key, boolean bookmarked, Runnable done) {
        runner.run(() -> {
            reading.setBookmarked(key, bookmarked);
            return reading.status(key);
        }, s -> {
            applyStatus(key, s);
            if (done != null) {
                done.run();
            }
        }, e -> report(t("detail.error.bookmark", e.getMessage())));
    }

    public void setRead(long key, boolean read, Runnable done) {
        runner.run(() -> {
            reading.setRead(key, read);
            return reading.status(key);
        }, s -> {
            applyStatus(key, s);
            if (done != null) {
                done.run();
            }
        }, e -> report(t("detail.error.save", e.getMessage())));
    }

    /**
     * The reader's correction of the open article's provinces: {@code add} makes it about the province, otherwise
     * its tag goes. The article is shown again with its new tags; {@code done} then refreshes lists and counts.
     */
    public void correctProvince(String provinceId, boolean add, Runnable done) {
        Article a = article.get();
        if (a == null) {
            return;
        }
        long key = a.key();
        runner.run(() -> {
            reading.correctProvince(key, provinceId, add);
            return reading.article(key).orElse(null);
        }, updated -> {
            if (wanted == key && updated != null) {
                article.set(updated);
            }
            if (done != null) {
                done.run();
            }
        }, e -> report(t("detail.error.provinces", e.getMessage())));
    }

    /**
     * What the reader is told on hovering a province of the article: the words that made the tag and how they
     * were read, or that the reader set it.
     */
    public static String explain(vn.bantin.domain.ProvinceTag tag, java.util.function.Function<String, String> name) {
        String province = name.apply(tag.provinceId());
        StringBuilder sb = new StringBuilder();
        if (tag.byReader()) {
            sb.append(t("evidence.byReader", province));
        }
        if (!tag.evidence().isEmpty()) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(tag.byReader() ? t("evidence.alsoSays") : t("evidence.says", province));
            for (vn.bantin.domain.TagEvidence e : tag.evidence()) {
                sb.append("\n  “").append(e.phrase()).append("” ").append(how(e.how(), province));
            }
        } else if (!tag.byReader()) {
            sb.append(t("evidence.imported", province));
        }
        sb.append("\n").append(t("evidence.click", province));
        return sb.toString();
    }

    private static String how(String how, String province) {
        if (how.isEmpty()) {
            return "";
        }
        // the kinds the tagger writes (Place.Kind's labels, "province", "dateline", "place"); any other as it is
        String key = "evidence.how." + how.replace(' ', '-');
        return vn.bantin.i18n.Texts.has(key) ? t(key, province) : t("evidence.how.other", how, province);
    }

    private void applyStatus(long key, ArticleStatus s) {
        Article a = article.get();
        if (a != null && a.key() == key) {
            article.set(a.withStatus(s));
        }
    }

    public void biggerFont() {
        fontSize.set(Math.min(MAX_FONT, fontSize.get() + 1));
    }

    public void smallerFont() {
        fontSize.set(Math.max(MIN_FONT, fontSize.get() - 1));
    }

    /** Only web addresses open in the browser; anything else a page might carry is refused. */
    public static boolean openable(String url) {
        if (url == null) {
            return false;
        }
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /**
     * Tells the reader something went wrong: the property passes through null first, so the same words twice (two
     * failed saves in a row) are told twice. Null tells nothing.
     */
    private void report(String words) {
        if (words != null) {
            error.set(null);
            error.set(words);
        }
    }
}
