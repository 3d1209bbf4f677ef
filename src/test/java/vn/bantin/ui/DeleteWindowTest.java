package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;

/**
 * Deleting from the window: Delete (or the row's menu) takes the row away, the next row takes its place and is
 * opened, the sidebar and the search forget it, and Undo in the status bar brings it back as it was; a story's row
 * takes its versions with it; the sample articles go the same way.
 */
class DeleteWindowTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void deleteTakesTheRowAwayTheNextTakesItsPlaceAndUndoBringsItBackAsItWas(FxRobot robot) {
        RereadWindowTest.waitUntil(() -> list(robot).getItems().size() == 13);
        ArticleSummary doomed = list(robot).getItems().get(1);
        ArticleSummary next = list(robot).getItems().get(2);
        robot.interact(() -> {
            vm.list().select(1);
            list(robot).requestFocus();
        });
        RereadWindowTest.waitUntil(() -> vm.detail().articleProperty().get() != null
                && vm.detail().articleProperty().get().key() == doomed.key());
        robot.type(KeyCode.B); // bookmarked, and read by opening it
        RereadWindowTest.waitUntil(() -> ctx.statuses().get(doomed.key()).bookmarked());
        settle();
        String word = doomed.title().split(" ")[0];
        long found = ctx.articles().count(ArticleQuery.ALL.withText(doomed.title()));

        robot.type(KeyCode.DELETE);
        RereadWindowTest.waitUntil(() -> list(robot).getItems().size() == 12);
        settle();
        assertThat(list(robot).getItems()).extracting(ArticleSummary::key).doesNotContain(doomed.key());
        assertThat(vm.list().selected().key()).as("the next row took its place").isEqualTo(next.key());
        RereadWindowTest.waitUntil(() -> vm.detail().articleProperty().get() != null
                && vm.detail().articleProperty().get().key() == next.key());
        assertThat(list(robot).isFocused()).as("the keyboard stays in the list").isTrue();
        assertThat(drawnCount(robot, "#special-all")).isEqualTo("12");
        assertThat(drawnCount(robot, "#special-bookmarks")).isEmpty();
        assertThat(ctx.articles().count(ArticleQuery.ALL.withText(doomed.title()))).isEqualTo(found - 1);
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText()).startsWith("Deleted “" + word);

        robot.clickOn("#undo");
        RereadWindowTest.waitUntil(() -> list(robot).getItems().size() == 13);
        settle();
        assertThat(list(robot).getItems().get(1).key()).isEqualTo(doomed.key());
        assertThat(ctx.statuses().get(doomed.key()).bookmarked()).isTrue();
        assertThat(ctx.statuses().get(doomed.key()).read()).isTrue();
        assertThat(drawnCount(robot, "#special-all")).isEqualTo("13");
        assertThat(drawnCount(robot, "#special-bookmarks")).isEqualTo("1");
        assertThat(ctx.articles().count(ArticleQuery.ALL.withText(doomed.title()))).isEqualTo(found);
        assertThat(robot.lookup("#undo").queryAs(Hyperlink.class).isVisible()).as("nothing more to undo").isFalse();
    }

    @Test
    void aStorysRowDeletesEveryVersionAndUndoMakesTheStoryAgain(FxRobot robot) throws Exception {
        RereadWindowTest.waitUntil(() -> list(robot).getItems().size() == 13);
        List<ArticleSummary> rows = list(robot).getItems();
        long a = rows.get(3).key();
        long b = rows.get(5).key();
        WaitForAsyncUtils.asyncFx(() -> runner.run(() -> {
            ctx.articles().mergeStories(a, b);
            return null;
        }, x -> vm.refresh(), e -> { })).get();
        RereadWindowTest.waitUntil(() -> list(robot).getItems().size() == 12);
        int row = indexOfStory(robot);
        robot.interact(() -> vm.list().select(row));
        settle();
        Node cell = robot.lookup("#article-list .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getIndex() == row).findFirst().orElseThrow();
        ReaderWindowTest.menuOn(robot, cell);
        robot.clickOn("Delete the story (2 articles)");
        RereadWindowTest.waitUntil(() -> list(robot).getItems().size() == 11);
        assertThat(ctx.articles().findByKey(a)).isEmpty();
        assertThat(ctx.articles().findByKey(b)).isEmpty();
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText()).isEqualTo("Deleted a story of 2 articles");

        robot.clickOn("#undo");
        RereadWindowTest.waitUntil(() -> list(robot).getItems().size() == 12);
        assertThat(ctx.articles().findByKey(a).orElseThrow().versions()).extracting(v -> v.key()).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void theSampleArticlesGoWithAnUndo(FxRobot robot) {
        RereadWindowTest.waitUntil(() -> list(robot).getItems().size() == 13);
        robot.interact((Runnable) () -> vm.deletions().removeSamples());
        RereadWindowTest.waitUntil(() -> list(robot).getItems().isEmpty());
        assertThat(robot.lookup("#notice").queryAs(Label.class).getText()).isEqualTo("Removed 13 sample articles");
        robot.clickOn("#undo");
        RereadWindowTest.waitUntil(() -> list(robot).getItems().size() == 13);
        // asked again with none left: told so, with nothing to undo
        robot.interact((Runnable) () -> vm.deletions().removeSamples());
        RereadWindowTest.waitUntil(() -> list(robot).getItems().isEmpty());
        robot.interact((Runnable) () -> vm.deletions().removeSamples());
        RereadWindowTest.waitUntil(() -> "No sample articles left to remove".equals(robot.lookup("#notice").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#undo").queryAs(Hyperlink.class).isVisible()).isFalse();
    }

    private int indexOfStory(FxRobot robot) {
        List<ArticleSummary> items = list(robot).getItems();
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).otherSources().isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("no story in the list");
    }

    private static String drawnCount(FxRobot robot, String special) {
        return ((Label) robot.lookup(special).query().lookup(".sidebar-count")).getText();
    }

    @SuppressWarnings("unchecked")
    private static ListView<ArticleSummary> list(FxRobot robot) {
        return robot.lookup("#article-list").queryAs(ListView.class);
    }
}
