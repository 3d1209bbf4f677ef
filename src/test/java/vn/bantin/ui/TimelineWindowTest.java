package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.ui.timeline.TimelineViewModel;

/**
 * The days under the map: a preset or a brush across the bars cuts the list, its header and the map's shades to
 * those days, and All brings every day back; the map's own window chooses what the main window lists.
 */
class TimelineWindowTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static final ArticleQuery STORIES = ArticleQuery.ALL.withGrouped(true);

    @Test
    void aWeekCutsTheListTheHeaderAndTheMapsShadesToItsDays(FxRobot robot) {
        ReaderWindowTest.waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        robot.interact(() -> vm.provinces().mapShownProperty().set(true));
        ReaderWindowTest.waitUntil(() -> robot.lookup("#timeline-week").tryQuery().isPresent()
                && !robot.lookup(".timeline-bar").queryAll().isEmpty());
        settle();
        robot.clickOn("#timeline-week");
        TimelineViewModel.Range r = vm.timeline().rangeProperty().get();
        assertThat(r.all()).isFalse();
        ArticleQuery week = STORIES.withRange(r.from(), r.to());
        long inWeek = ctx.articles().count(week);
        assertThat(inWeek).as("the newest week has articles, and not all of them").isBetween(1L, 12L);
        ReaderWindowTest.waitUntil(() -> MapWindowTest.list(robot).getItems().size() == inWeek);
        assertThat(MapWindowTest.list(robot).getItems()).allSatisfy(a -> assertThat(a.sortTs()).isBetween(r.from().getEpochSecond(), r.to().getEpochSecond() - 1));
        assertThat(vm.headerProperty().get()).contains(vm.timeline().describe());

        // a province with stories only before the week fades to the neutral; the map's numbers are the week's
        Map<String, Long> all = ctx.articles().countsByProvince(STORIES);
        Map<String, Long> weekly = ctx.articles().countsByProvince(week);
        String faded = all.keySet().stream().filter(p -> weekly.getOrDefault(p, 0L) == 0).findFirst().orElseThrow();
        String svgId = svgIdOf(faded);
        ReaderWindowTest.waitUntil(() -> MapWindowTest.shape(robot, svgId).getFill().equals(MapWindowTest.neutral(robot)));
        for (var e : weekly.entrySet()) {
            assertThat(vm.provinces().countOf(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(robot.lookup(".timeline-bar.out-of-range").queryAll()).as("days before the week are faded").isNotEmpty();

        robot.clickOn("#timeline-all");
        ReaderWindowTest.waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        assertThat(vm.timeline().rangeProperty().get().all()).isTrue();
        assertThat(MapWindowTest.shape(robot, svgId).getFill()).isNotEqualTo(MapWindowTest.neutral(robot));
    }

    @Test
    void brushingAcrossBarsChoosesTheirDays(FxRobot robot) {
        ReaderWindowTest.waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        robot.interact(() -> vm.provinces().mapShownProperty().set(true));
        ReaderWindowTest.waitUntil(() -> robot.lookup(".timeline-bar").queryAll().size() > 3);
        settle();
        List<TimelineViewModel.Bar> bars = vm.timeline().barsProperty().get();
        // from the first bar to the one before the newest with articles: the oldest stories, not the newest
        int last = bars.size() - 2;
        while (bars.get(last).count() == 0) {
            last--;
        }
        Node plot = robot.lookup("#timeline-bars").query();
        Bounds b = plot.localToScreen(plot.getBoundsInLocal());
        double w = b.getWidth() / bars.size();
        robot.drag(b.getMinX() + w / 2, b.getMaxY() - 3).dropTo(new javafx.geometry.Point2D(b.getMinX() + (last + 0.5) * w, b.getMaxY() - 3));
        TimelineViewModel.Range r = vm.timeline().rangeProperty().get();
        assertThat(r.from()).isEqualTo(vm.timeline().start(bars.get(0).first()));
        assertThat(r.to()).isEqualTo(vm.timeline().start(bars.get(last).last() + 1));
        assertThat(vm.timeline().presetProperty().get()).as("no preset lit after a brush").isNull();
        long brushed = ctx.articles().count(STORIES.withRange(r.from(), r.to()));
        assertThat(brushed).isBetween(1L, 12L);
        ReaderWindowTest.waitUntil(() -> MapWindowTest.list(robot).getItems().size() == brushed);
        List<Region> drawn = robot.lookup("#timeline").queryAs(vn.bantin.ui.timeline.TimelineView.class).barNodes();
        assertThat(drawn.get(0).getStyleClass()).contains("in-range");
        assertThat(drawn.get(drawn.size() - 1).getStyleClass()).contains("out-of-range");
    }

    @Test
    void theMapWindowChoosesWhatTheMainWindowLists(FxRobot robot) {
        ReaderWindowTest.waitUntil(() -> MapWindowTest.list(robot).getItems().size() == 13);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        ReaderWindowTest.waitUntil(() -> robot.lookup("#map-daklak").tryQuery().isPresent());
        settle();
        Window big = robot.lookup("#map-daklak").query().getScene().getWindow();
        assertThat(big).isNotSameAs(window.stage());
        assertThat(big.getWidth()).as("larger than the sidebar").isGreaterThan(600);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(screen.contains(big.getX(), big.getY(), big.getWidth(), big.getHeight()))
                .as("%s within the screen %s", List.of(big.getX(), big.getY(), big.getWidth(), big.getHeight()), screen).isTrue();
        long dakLak = ctx.articles().count(STORIES.withProvinces(Set.of("dak-lak")));
        robot.clickOn(MapWindowTest.inside(robot, "daklak"));
        ReaderWindowTest.waitUntil(() -> MapWindowTest.list(robot).getItems().size() == dakLak);
        assertThat(vm.provinces().selected()).containsExactly("dak-lak");
        robot.type(KeyCode.ESCAPE);
        ReaderWindowTest.waitUntil(() -> !big.isShowing());
    }

    private String svgIdOf(String provinceId) {
        return robot().lookup(".map-shape").queryAll().stream()
                .filter(n -> provinceId.equals(n.getUserData())).map(n -> n.getId().substring("map-".length())).findFirst().orElseThrow();
    }

    private static FxRobot robot() {
        return new FxRobot();
    }
}
