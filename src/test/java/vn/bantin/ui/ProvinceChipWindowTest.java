package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;

/** A province chip says why the article has it; the reader removes a wrong one and adds a missing one. */
class ProvinceChipWindowTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("condition not met in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ListView<ArticleSummary> list(FxRobot robot) {
        return robot.lookup("#article-list").queryAs(ListView.class);
    }

    private long sidebarCount(String provinceId) {
        return vm.provinces().entries().stream().filter(e -> e.id().equals(provinceId)).findFirst()
                .map(vn.bantin.ui.provinces.ProvinceEntry::count).orElse(-1L);
    }

    /** Opens the sample article about Sa Pa from the list, as a reader would. */
    private void openSaPa(FxRobot robot) {
        openSaPaWithoutChip(robot);
        waitUntil(() -> robot.lookup("#chip-lao-cai").tryQuery().isPresent());
    }

    private void openSaPaWithoutChip(FxRobot robot) {
        waitUntil(() -> list(robot).getItems().size() == 13);
        int row = -1;
        for (int i = 0; i < list(robot).getItems().size(); i++) {
            if (list(robot).getItems().get(i).title().contains("Sa Pa")) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        int at = row;
        robot.interact(() -> list(robot).getSelectionModel().select(at));
        waitUntil(() -> vm.detail().articleProperty().get() != null
                && vm.detail().articleProperty().get().title().contains("Sa Pa"));
    }

    @Test
    void hoveringAChipShowsTheWordsThatMadeTheTag(FxRobot robot) {
        openSaPa(robot);
        Button chip = robot.lookup("#chip-lao-cai").queryAs(Button.class);
        assertThat(chip.getTooltip().getText()).startsWith("Tagged Lào Cai because the article says:")
                .contains("“Sa Pa").contains("right-click to remove it");
        robot.moveTo(chip);
        waitUntil(() -> chip.getTooltip().isShowing());
    }

    @Test
    void removingAWrongProvinceTakesTheArticleOutOfItsListAndCount(FxRobot robot) {
        openSaPa(robot);
        waitUntil(() -> sidebarCount("lao-cai") == 1);
        Button chip = robot.lookup("#chip-lao-cai").queryAs(Button.class);
        // the desktop turns a right-click into this event; Monocle, headless, does not
        robot.interact(() -> {
            javafx.geometry.Bounds b = chip.localToScreen(chip.getBoundsInLocal());
            chip.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    b.getWidth() / 2, b.getHeight() / 2, b.getCenterX(), b.getCenterY(), false, null));
        });
        waitUntil(() -> chip.getContextMenu().isShowing());
        robot.clickOn("Remove Lào Cai from this article");
        waitUntil(() -> robot.lookup("#chip-lao-cai").tryQuery().isEmpty());
        waitUntil(() -> sidebarCount("lao-cai") == 0);
        assertThat(ctx.articles().count(ArticleQuery.ALL.withProvinces(Set.of("lao-cai")))).isZero();
        // reading every article again, as after an upgrade, keeps the reader's word
        java.util.concurrent.CompletableFuture.runAsync(() -> ctx.library().retag(vn.bantin.ingest.ImportService.Progress.NONE)).join();
        vn.bantin.domain.Article stale = vm.detail().articleProperty().get();
        robot.interact(() -> list(robot).getSelectionModel().clearSelection());
        openSaPaWithoutChip(robot);
        waitUntil(() -> vm.detail().articleProperty().get() != stale);
        assertThat(vm.detail().articleProperty().get().aboutIds()).doesNotContain("lao-cai");
        assertThat(robot.lookup("#chip-lao-cai").tryQuery()).isEmpty();
        assertThat(ctx.articles().count(ArticleQuery.ALL.withProvinces(Set.of("lao-cai")))).isZero();
    }

    @Test
    void addingAMissingProvinceShowsItAsTheReadersOwnAndCountsIt(FxRobot robot) {
        openSaPa(robot);
        waitUntil(() -> sidebarCount("lao-cai") == 1);
        long before = sidebarCount("quang-tri");
        robot.clickOn("#detail-add-province");
        waitUntil(() -> robot.lookup("#add-province-filter").tryQuery().isPresent());
        // the filter has the focus: the reader types at once, and Enter adds what the list has chosen
        waitUntil(() -> robot.lookup("#add-province-filter").query().isFocused());
        // headless, the new window is not given the keyboard until clicked: a click on its header, not the field
        robot.clickOn(".dialog-pane > .header-panel");
        robot.write("quang tri");
        waitUntil(() -> robot.lookup("#add-province-list").queryListView().getSelectionModel().getSelectedItem()
                instanceof vn.bantin.ui.detail.ProvinceChoice c && c.id().equals("quang-tri"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#chip-quang-tri").tryQuery().isPresent());
        Button added = robot.lookup("#chip-quang-tri").queryAs(Button.class);
        assertThat(added.getStyleClass()).contains("by-reader");
        assertThat(added.getTooltip().getText()).startsWith("You added Quảng Trị to this article.");
        waitUntil(() -> sidebarCount("quang-tri") == before + 1);
    }
}
