package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bantin.ui.ReaderWindowTest.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import vn.bantin.domain.ArticleCollection;
import vn.bantin.domain.ArticleSummary;

/**
 * Rows dragged from the list onto a collection in the sidebar go into it. Run in a JVM of its own (pom.xml): Monocle's
 * drag and drop loses its way among the windows earlier tests left behind.
 */
class CollectionDragWindowTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void rowsDraggedOntoACollectionGoIntoIt(FxRobot robot) {
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        robot.interact(() -> vm.collections().create("Đà Nẵng brief"));
        waitUntil(() -> robot.lookup("#collection-list").queryListView().getItems().size() == 1);
        robot.clickOn("#sources-collections");
        settle();
        ArticleSummary first = MapWindowTest.list(robot).getItems().get(0);
        ArticleSummary third = MapWindowTest.list(robot).getItems().get(2);
        robot.drag(row(robot, 0)).dropTo(cell(robot));
        waitUntil(() -> ctx.keeping().collection("Đà Nẵng brief").orElseThrow().articles() == 1);
        robot.drag(row(robot, 2)).dropTo(cell(robot));
        waitUntil(() -> ctx.keeping().collection("Đà Nẵng brief").orElseThrow().articles() == 2);
        robot.clickOn(cell(robot));
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 2);
        assertThat(MapWindowTest.list(robot).getItems()).extracting(ArticleSummary::key)
                .containsExactlyInAnyOrder(first.key(), third.key());
    }

    private static Node cell(FxRobot robot) {
        return robot.lookup("#collection-list .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getItem() instanceof ArticleCollection).findFirst().orElseThrow();
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#article-list .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getIndex() == index).findFirst().orElseThrow();
    }
}
