package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;
import vn.bantin.data.StoreException;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.Highlight;
import vn.bantin.ingest.ImportService;

/**
 * A note on an article and the words highlighted in it: kept by offsets into the reading text with the words
 * themselves, found again where a re-read moved them, searched with the article (accent-insensitive), and kept
 * through retag and an undone delete.
 */
class NotesTest {
    @TempDir
    Path dir;

    private static Article hue(AppContext ctx) {
        ctx.importer().importDocuments(List.of(new ImportService.Document("hue.txt",
                TestPages.hanoiTimes("Hue restores the Ngo Mon gate", "Hue", "Mar 3, 2024 / 10:00").getBytes())), ImportService.Progress.NONE);
        long key = ctx.reading().page(ArticleQuery.ALL, null, 1).items().get(0).key();
        return ctx.reading().article(key).orElseThrow();
    }

    @Test
    void aHighlightKeepsItsWordsAndANoteIsFoundBySearchWithOrWithoutAccents() {
        try (AppContext ctx = AppContext.open(dir.resolve("notes.db"))) {
            Article a = hue(ctx);
            String text = Highlight.readingText(a);
            String words = "lower fees for market stalls";
            int start = text.indexOf(words);
            Highlight h = ctx.keeping().highlight(a, start, start + words.length(), "cf. Đà Nẵng’s đề án chợ đêm");
            assertThat(h.quote()).isEqualTo(words);
            assertThat(ctx.keeping().highlights(a)).containsExactly(h);
            ctx.keeping().setNote(a.key(), "Hỏi Sở Công Thương về phí thuê sạp");

            for (String q : List.of("so cong thuong", "Sở Công Thương", "de an cho dem", "đề án")) {
                assertThat(ctx.reading().page(ArticleQuery.ALL.withText(q), null, 5).items()).as(q)
                        .extracting(s -> s.key()).containsExactly(a.key());
            }
            assertThat(ctx.reading().count(ArticleQuery.ALL.withText("sap"))).isEqualTo(1);

            // a retag writes the search row anew: the notes stay findable
            ctx.library().retag(ImportService.Progress.NONE);
            assertThat(ctx.reading().count(ArticleQuery.ALL.withText("cong thuong"))).isEqualTo(1);
            ctx.keeping().setHighlightNote(h.id(), null);
            assertThat(ctx.reading().count(ArticleQuery.ALL.withText("cho dem"))).isZero();
            ctx.keeping().setNote(a.key(), "  ");
            assertThat(ctx.keeping().note(a.key())).isEmpty();
            assertThat(ctx.reading().count(ArticleQuery.ALL.withText("cong thuong"))).isZero();

            // deleted and put back: the highlight comes back with it
            var gone = ctx.reading().delete(a.key(), false);
            assertThat(ctx.reading().undelete(gone)).isEqualTo(1);
            assertThat(ctx.keeping().highlights(a)).extracting(Highlight::quote).containsExactly(words);
            ctx.keeping().removeHighlight(h.id());
            assertThat(ctx.keeping().highlights(a)).isEmpty();
        }
    }

    @Test
    void wordsOutsideTheTextAreRefusedAndAHighlightFollowsItsWordsWhenTheTextMoves() {
        try (AppContext ctx = AppContext.open(dir.resolve("moved.db"))) {
            Article a = hue(ctx);
            int length = Highlight.readingText(a).length();
            assertThatThrownBy(() -> ctx.keeping().highlight(a, length - 2, length + 5, null)).isInstanceOf(StoreException.class)
                    .hasMessage("The words to highlight were not found in the article");
        }
        Highlight h = new Highlight(1, 1, 20, 31, "market stal", null);
        String moved = "A new first paragraph.\n\nThe market stalls reopen.";
        assertThat(h.placedIn(moved)).isEqualTo(new Highlight(1, 1, 28, 39, "market stal", null));
        assertThat(h.placedIn("Nothing of it is left.")).isNull();
    }
}
