package vn.bantin.service.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleImage;

/**
 * One article as an export writes it: the stored article, its pictures, the names of the provinces it is about
 * (Vietnamese, as the outlets write them) and of the collections it is in, and the reader's note (null for none)
 * and highlights.
 */
public record ExportItem(Article article, List<ArticleImage> images, List<String> provinces, List<String> collections,
                         String note, List<vn.bantin.domain.Highlight> highlights) {
    public ExportItem {
        images = List.copyOf(images);
        provinces = List.copyOf(provinces);
        collections = List.copyOf(collections);
        highlights = List.copyOf(highlights);
    }

    /** Whether the reader wrote or marked anything in it. */
    public boolean annotated() {
        return note != null || !highlights.isEmpty();
    }

    /** The day it was published, in the outlet's own time zone; the day it arrived when it gives none. */
    public LocalDate day() {
        Article a = article;
        return a.published() != null ? a.published().toLocalDate() : a.importedAt().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    public boolean dated() {
        return article.published() != null;
    }
}
