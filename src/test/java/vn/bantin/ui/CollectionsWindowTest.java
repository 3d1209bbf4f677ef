package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bantin.ui.ReaderWindowTest.waitUntil;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import vn.bantin.domain.ArticleCollection;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.ui.provinces.ProvincesViewModel;

/**
 * The sidebar's collections: made with its + button, filled by the row's menu, chosen
 * to list only their articles (with the other choices kept), emptied, renamed and removed by the reader.
 */
class CollectionsWindowTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static ListView<ArticleCollection> collections(FxRobot robot) {
        return robot.lookup("#collection-list").queryListView();
    }

    private static Node collectionCell(FxRobot robot, String name) {
        return robot.lookup("#collection-list .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getItem() instanceof ArticleCollection c && c.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#article-list .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getIndex() == index).findFirst().orElseThrow();
    }

    @Test
    void rowsPutInANewCollectionByItsMenuAreWhatChoosingItLists(FxRobot robot) {
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        assertThat(collections(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#feeds").query().isVisible()).as("Feeds is the sidebar's first section").isTrue();
        robot.clickOn("#sources-collections");
        assertThat(robot.lookup("#feeds").query().isVisible()).isFalse();
        robot.clickOn("#collection-new");
        waitUntil(() -> robot.lookup("#collection-name").tryQuery().isPresent());
        robot.clickOn("#collection-name").write("Đà Nẵng brief").type(KeyCode.ENTER);
        waitUntil(() -> collections(robot).getItems().size() == 1);
        settle();

        ArticleSummary first = MapWindowTest.list(robot).getItems().get(0);
        ArticleSummary third = MapWindowTest.list(robot).getItems().get(2);
        // by the row's menu (dragging rows onto it: CollectionDragWindowTest)
        robot.interact(() -> vm.list().select(0));
        ReaderWindowTest.menuOn(robot, row(robot, 0));
        robot.clickOn("Add to collection…");
        waitUntil(() -> robot.lookup("#collection-choice").tryQuery().isPresent());
        robot.type(KeyCode.ENTER); // the collection just made is offered first
        waitUntil(() -> ctx.keeping().collection("Đà Nẵng brief").orElseThrow().articles() == 1);
        robot.interact(() -> vm.collections().addTo("Đà Nẵng brief", java.util.List.of(third.key())));
        waitUntil(() -> ctx.keeping().collection("Đà Nẵng brief").orElseThrow().articles() == 2);
        // the number beside it is the list a click would show
        waitUntil(() -> vm.collections().countOf(collections(robot).getItems().get(0)) == 2);

        robot.clickOn(collectionCell(robot, "Đà Nẵng brief"));
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 2);
        assertThat(MapWindowTest.list(robot).getItems()).extracting(ArticleSummary::key)
                .containsExactlyInAnyOrder(first.key(), third.key());
        assertThat(vm.headerProperty().get()).contains("Đà Nẵng brief").contains("2 articles");

        // the row's menu takes one out of the collection shown
        robot.interact(() -> vm.list().select(0));
        ReaderWindowTest.menuOn(robot, row(robot, 0));
        String title = MapWindowTest.list(robot).getItems().get(0).title();
        robot.clickOn("Take out of “Đà Nẵng brief”");
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 1);
        assertThat(MapWindowTest.list(robot).getItems().get(0).title()).isNotEqualTo(title);

        // the reading view names the collections of the article open; a click on one lists it
        robot.interact(() -> vm.provinces().chooseSpecial(ProvincesViewModel.Special.ALL));
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        int index = MapWindowTest.list(robot).getItems().stream().map(ArticleSummary::key).toList().indexOf(third.key());
        robot.interact(() -> vm.list().select(index));
        long id = ctx.keeping().collection("Đà Nẵng brief").orElseThrow().id();
        waitUntil(() -> robot.lookup("#collection-chip-" + id).tryQuery().isPresent());
        robot.clickOn("#collection-chip-" + id);
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 1);
        assertThat(collections(robot).getSelectionModel().getSelectedItem().name()).isEqualTo("Đà Nẵng brief");

        // All articles is of every collection: choosing it leaves the collection
        robot.interact(() -> vm.provinces().chooseSpecial(ProvincesViewModel.Special.ALL));
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        assertThat(collections(robot).getSelectionModel().getSelectedItem()).isNull();
    }

    @Test
    void aCollectionCombinesWithAProvinceAndIsRenamedAndRemovedWithItsArticlesKept(FxRobot robot) {
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        ArticleSummary withPlace = MapWindowTest.list(robot).getItems().stream().filter(a -> !a.aboutIds().isEmpty())
                .findFirst().orElseThrow();
        ArticleSummary elsewhere = MapWindowTest.list(robot).getItems().stream()
                .filter(a -> !a.aboutIds().contains(withPlace.aboutIds().get(0))).findFirst().orElseThrow();
        robot.interact(() -> vm.collections().addTo("Field notes", java.util.List.of(withPlace.key(), elsewhere.key())));
        waitUntil(() -> collections(robot).getItems().size() == 1);
        robot.clickOn(collectionCell(robot, "Field notes"));
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 2);
        robot.interact(() -> vm.provinces().selectOnly(withPlace.aboutIds().get(0)));
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 1);
        assertThat(MapWindowTest.list(robot).getItems().get(0).key()).isEqualTo(withPlace.key());
        assertThat(vm.collections().countOf(collections(robot).getItems().get(0))).isEqualTo(1);

        ReaderWindowTest.menuOn(robot, collectionCell(robot, "Field notes"));
        robot.clickOn("Rename…");
        waitUntil(() -> robot.lookup("#collection-name").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#collection-name").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#collection-name").write("Mekong file").type(KeyCode.ENTER);
        waitUntil(() -> ctx.keeping().collection("Mekong file").isPresent());
        waitUntil(() -> vm.headerProperty().get().contains("Mekong file"));

        ReaderWindowTest.menuOn(robot, collectionCell(robot, "Mekong file"));
        robot.clickOn("Remove collection…");
        waitUntil(() -> robot.lookup("Remove").tryQuery().isPresent());
        robot.clickOn("Remove");
        waitUntil(() -> collections(robot).getItems().isEmpty());
        assertThat(ctx.keeping().collections()).isEmpty();
        assertThat(ctx.articles().findByKey(withPlace.key())).isPresent();
        waitUntil(() -> !vm.headerProperty().get().contains("Mekong file"));
    }
}
