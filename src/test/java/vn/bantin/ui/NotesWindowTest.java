package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bantin.ui.ReaderWindowTest.waitUntil;

import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.Highlight;

/**
 * Words selected in the reading view and highlighted with H are kept by their place in the text and marked;
 * a note on the article and one on a highlight are kept, and the search finds the article by them, accents or none.
 */
class NotesWindowTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private WebView web(FxRobot robot) {
        return robot.lookup("#article-web").queryAs(WebView.class);
    }

    /** The reader's drag across words of the second paragraph, as a selection the page holds. */
    private void select(FxRobot robot, int from, int to) {
        robot.interact(() -> web(robot).getEngine().executeScript("(function(){var p=document.querySelectorAll('p[data-o]')[1];"
                + "var t=p.firstChild;var r=document.createRange();r.setStart(t," + from + ");r.setEnd(t," + to + ");"
                + "var s=window.getSelection();s.removeAllRanges();s.addRange(r);})()"));
    }

    private int marks(FxRobot robot) {
        return ReaderWindowTest.fx(() -> ((Number) web(robot).getEngine().executeScript(
                "document.querySelectorAll('mark.hl').length")).intValue());
    }

    @Test
    void selectedWordsHighlightedWithHAreKeptMarkedAndANoteFindsTheArticle(FxRobot robot) {
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        int row = MapWindowTest.list(robot).getItems().stream().filter(a -> !a.title().startsWith("The Can Tho"))
                .findFirst().map(a -> MapWindowTest.list(robot).getItems().indexOf(a)).orElseThrow();
        robot.interact(() -> vm.list().select(row));
        waitUntil(() -> vm.detail().articleProperty().get() != null && robot.lookup("#article-web").tryQuery().isPresent());
        Article a = vm.detail().articleProperty().get();
        waitUntil(() -> ReaderWindowTest.fx(() -> web(robot).getEngine().getDocument() != null
                && web(robot).getEngine().getDocument().getElementById("title") != null));
        String paragraph = a.body().get(0);
        select(robot, 4, 20);
        robot.interact(() -> web(robot).requestFocus());
        robot.type(KeyCode.H);
        waitUntil(() -> !ctx.keeping().highlights(a).isEmpty());
        Highlight h = ctx.keeping().highlights(a).get(0);
        assertThat(h.quote()).isEqualTo(paragraph.substring(4, 20));
        assertThat(Highlight.readingText(a).substring(h.start(), h.end())).isEqualTo(h.quote());
        waitUntil(() -> marks(robot) == 1);
        waitUntil(() -> robot.lookup("#notes-pane").query().isVisible());

        // a note on the highlight, and one on the article: each found by the search without its accents
        robot.clickOn("#highlight-note-" + h.id()).write("đối chiếu hồ sơ lưu trữ").type(KeyCode.ENTER);
        waitUntil(() -> "đối chiếu hồ sơ lưu trữ".equals(ctx.keeping().highlights(a).get(0).note()));
        robot.clickOn("#note-text").write("Gọi cho Sở Văn hóa");
        robot.clickOn("#detail-star"); // the keyboard leaves the note: it is kept
        waitUntil(() -> ctx.keeping().note(a.key()).map("Gọi cho Sở Văn hóa"::equals).orElse(false));
        for (String words : new String[] {"doi chieu", "so van hoa"}) {
            assertThat(ctx.reading().page(ArticleQuery.ALL.withText(words), null, 5).items()).as(words)
                    .extracting(s -> s.key()).containsExactly(a.key());
        }

        // the highlight's × takes it away, and its mark with it
        robot.clickOn("#highlight-remove-" + h.id());
        waitUntil(() -> ctx.keeping().highlights(a).isEmpty());
        waitUntil(() -> marks(robot) == 0);
    }

    @Test
    void highlightingWithNothingSelectedSaysWhatToDo(FxRobot robot) {
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        robot.interact(() -> vm.list().select(0));
        waitUntil(() -> vm.detail().articleProperty().get() != null && robot.lookup("#article-web").tryQuery().isPresent());
        robot.clickOn("#detail-highlight");
        waitUntil(() -> "Select words in the article first, then highlight them".equals(vm.messageProperty().get()));
    }
}
