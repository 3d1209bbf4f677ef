package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bantin.ui.ReaderWindowTest.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import vn.bantin.domain.ArticleCollection;
import vn.bantin.domain.ArticleSummary;

/**
 * File › Export… writes the list shown (here a collection) to the file named in its dialog, off the window's thread,
 * with its progress and outcome in the status bar; the row's menu copies a citation of the article open.
 */
class ExportWindowTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aCollectionShownIsExportedAsAnEpubToTheFileTypedInTheDialog(FxRobot robot) throws Exception {
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        List<Long> two = MapWindowTest.list(robot).getItems().subList(0, 2).stream().map(ArticleSummary::key).toList();
        robot.interact(() -> vm.collections().addTo("Central brief", two));
        waitUntil(() -> robot.lookup("#collection-list").queryListView().getItems().size() == 1);
        robot.clickOn(robot.lookup("#collection-list .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getItem() instanceof ArticleCollection).findFirst().orElseThrow());
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 2);

        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#export-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .isEqualTo("Central brief: 2 articles");
        assertThat(robot.lookup("#export-title").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Central brief");
        Path out = dir.resolve(getClass().getSimpleName() + "-brief.epub");
        javafx.scene.control.TextField file = robot.lookup("#export-file").queryAs(javafx.scene.control.TextField.class);
        assertThat(file.getText()).endsWith("central-brief.epub");
        robot.interact(() -> file.setText(out.toString()));
        robot.clickOn("#export-go");
        waitUntil(() -> Files.exists(out));
        waitUntil(() -> robot.lookup("#export-status").queryLabeled().getText().equals("Exported 2 articles to " + out));
        try (var zip = new java.util.zip.ZipFile(out.toFile())) {
            assertThat(zip.stream().filter(e -> e.getName().startsWith("OEBPS/text/"))).hasSize(2);
        }
        // the next export starts where this one went
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#export-file").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(out.getParent().resolve("central-brief.epub").toString());
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#export-progress").query().isVisible()).as("done: no bar left").isFalse();
    }

    @Test
    void theRowsMenuCopiesTheOpenArticleAsAnApaCitation(FxRobot robot) {
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        int index = MapWindowTest.list(robot).getItems().stream().filter(x -> x.url() != null && x.url().startsWith("http"))
                .findFirst().map(x -> MapWindowTest.list(robot).getItems().indexOf(x)).orElseThrow();
        robot.interact(() -> vm.list().select(index));
        ArticleSummary a = MapWindowTest.list(robot).getItems().get(index);
        waitUntil(() -> vm.detail().articleProperty().get() != null && vm.detail().articleProperty().get().key() == a.key());
        javafx.scene.Node row = robot.lookup("#article-list .list-cell").queryAll().stream()
                .filter(n -> ((ListCell<?>) n).getIndex() == index).findFirst().orElseThrow();
        ReaderWindowTest.menuOn(robot, row);
        javafx.scene.Node cite = robot.lookup("Copy citation").queryAll().stream().filter(n -> n.getScene() != null && n.isVisible())
                .findFirst().orElseThrow();
        robot.clickOn(cite);
        waitUntil(() -> robot.lookup("APA").queryAll().stream().anyMatch(n -> n.getScene() != null && n.isVisible()));
        javafx.scene.Node apa = robot.lookup("APA").queryAll().stream().filter(n -> n.getScene() != null && n.isVisible())
                .findFirst().orElseThrow();
        // into the submenu along its own row first, as a hand does: a slant across the other items would close it
        javafx.geometry.Bounds from = cite.localToScreen(cite.getBoundsInLocal());
        javafx.geometry.Bounds to = apa.localToScreen(apa.getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(to.getMinX() + 8, from.getCenterY()));
        robot.moveTo(new javafx.geometry.Point2D(to.getMinX() + 8, to.getCenterY())).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        String copied = ReaderWindowTest.fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied).contains(a.sourceName()).contains("Retrieved");
        assertThat(copied).startsWith(a.title().matches(".*[?.!…]$") ? a.title() : a.title() + ".").contains(a.url());
    }

    @Test
    void aBackupIsWrittenWhileTheWindowStaysOpenAndSaysWhatItHolds(FxRobot robot) throws Exception {
        waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        long articles = ctx.reading().page(vn.bantin.domain.ArticleQuery.ALL, null, 100).items().size();
        Path copy = dir.resolve(getClass().getSimpleName() + "-backup.db");
        robot.interact(() -> vm.export().backUp(copy));
        waitUntil(() -> robot.lookup("#export-status").queryLabeled().getText().equals("Backed up " + articles + " articles to " + copy));
        assertThat(ctx.fileBackups().check(copy).articles()).isEqualTo(articles);
        robot.interact(() -> MapWindowTest.list(robot).requestFocus());
        robot.type(KeyCode.J); // the window still answers
        waitUntil(() -> vm.list().selectedIndexProperty().get() == 0);
    }
}
