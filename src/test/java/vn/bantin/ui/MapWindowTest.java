package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import vn.bantin.domain.ArticleQuery;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.ui.map.MapViewModel;
import vn.bantin.ui.provinces.ProvincesViewModel;

/**
 * The sidebar's map: shown by Ctrl+M in place of the list, built only then; click chooses a province, Ctrl-click
 * adds one, a click on the one chosen takes it away; hover names it and its count; the arrow keys and Enter do the
 * same; in 2025 mode a click chooses the whole unit. Every number is the list's.
 */
class MapWindowTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void clickCtrlClickAndASecondClickChooseWhatTheListShows(FxRobot robot) {
        ReaderWindowTest.waitUntil(() -> list(robot).getItems().size() == 13);
        assertThat(robot.lookup("#map-view").tryQuery()).as("no map until asked for").isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        ReaderWindowTest.waitUntil(() -> robot.lookup("#map-daklak").tryQuery().isPresent());
        settle();
        assertThat(robot.lookup("#province-list").tryQuery()).as("the map takes the list's place").isEmpty();

        long dakLak = ctx.articles().count(ArticleQuery.ALL.withGrouped(true).withProvinces(Set.of("dak-lak")));
        assertThat(dakLak).isPositive();
        assertThat(shape(robot, "daklak").getFill()).as("shaded: it has articles").isNotEqualTo(neutral(robot));
        assertThat(shape(robot, "hagiang").getFill()).as("no articles: the neutral").isEqualTo(neutral(robot));

        robot.moveTo(inside(robot, "daklak"));
        Label hover = robot.lookup("#map-hover").queryAs(Label.class);
        ReaderWindowTest.waitUntil(hover::isVisible);
        assertThat(hover.getText()).isEqualTo("Dak Lak (Đắk Lắk): " + dakLak + " article" + (dakLak == 1 ? "" : "s"));

        robot.clickOn(inside(robot, "daklak"));
        ReaderWindowTest.waitUntil(() -> list(robot).getItems().size() == dakLak);
        assertThat(vm.provinces().selected()).containsExactly("dak-lak");
        assertThat(list(robot).getItems()).allSatisfy(a -> assertThat(a.aboutIds()).contains("dak-lak"));
        assertThat(shape(robot, "daklak").getStyleClass()).contains("chosen");

        long both = ctx.articles().count(ArticleQuery.ALL.withGrouped(true).withProvinces(Set.of("dak-lak", "can-tho")));
        assertThat(both).isGreaterThan(dakLak);
        robot.press(KeyCode.CONTROL).clickOn(inside(robot, "cantho")).release(KeyCode.CONTROL);
        ReaderWindowTest.waitUntil(() -> list(robot).getItems().size() == both);
        assertThat(vm.provinces().selected()).containsExactlyInAnyOrder("dak-lak", "can-tho");
        robot.press(KeyCode.CONTROL).clickOn(inside(robot, "daklak")).release(KeyCode.CONTROL);
        ReaderWindowTest.waitUntil(() -> vm.provinces().selected().equals(Set.of("can-tho")));
        assertThat(shape(robot, "daklak").getStyleClass()).doesNotContain("chosen");

        robot.clickOn(inside(robot, "cantho"));
        ReaderWindowTest.waitUntil(() -> list(robot).getItems().size() == 13);
        assertThat(vm.provinces().selected()).as("a second click takes it away").isEmpty();
    }

    @Test
    void theArrowKeysWalkTheMapAndEnterChooses(FxRobot robot) {
        ReaderWindowTest.waitUntil(() -> list(robot).getItems().size() == 13);
        robot.interact(() -> vm.provinces().mapShownProperty().set(true));
        ReaderWindowTest.waitUntil(() -> robot.lookup("#map-canvas").tryQuery().isPresent());
        robot.interact(() -> vm.provinces().selectOnly("ha-noi"));
        robot.interact(() -> robot.lookup("#map-canvas").query().requestFocus());
        robot.type(KeyCode.DOWN); // the first key lands on the chosen province
        assertThat(vm.map().focusedProperty().get()).isEqualTo("ha-noi");
        assertThat(robot.lookup("#map-canvas").query().getAccessibleText()).startsWith("Ha Noi (Hà Nội)").endsWith(", chosen");
        robot.type(KeyCode.UP);
        String north = vm.map().focusedProperty().get();
        assertThat(vm.map().centre(north)[0]).as("up goes north").isGreaterThan(vm.map().centre("ha-noi")[0]);
        robot.type(KeyCode.ENTER);
        ReaderWindowTest.waitUntil(() -> vm.provinces().selected().equals(Set.of(north)));
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE); // Space adds
        ReaderWindowTest.waitUntil(() -> vm.provinces().selected().size() == 2);
    }

    @Test
    void everyUnitIsReachableByTheArrowKeysInBothModes(FxRobot robot) {
        for (ProvincesViewModel.Mode mode : ProvincesViewModel.Mode.values()) {
            Set<String> reached = new HashSet<>();
            robot.interact(() -> {
                vm.provinces().modeProperty().set(mode);
                MapViewModel map = vm.map();
                ArrayDeque<String> todo = new ArrayDeque<>(List.of(map.unitIds().get(0)));
                while (!todo.isEmpty()) {
                    String at = todo.pop();
                    if (!reached.add(at)) {
                        continue;
                    }
                    for (double[] d : new double[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                        map.focus(at);
                        map.move(d[0], d[1]);
                        todo.push(map.focusedProperty().get());
                    }
                }
                assertThat(reached).as(mode.name()).containsExactlyInAnyOrderElementsOf(map.unitIds());
            });
            assertThat(reached).hasSize(mode == ProvincesViewModel.Mode.UNITS_2025 ? 34 : 63);
        }
    }

    @Test
    void in2025ModeAClickChoosesTheWholeUnitDrawnWithOneBorder(FxRobot robot) {
        ReaderWindowTest.waitUntil(() -> list(robot).getItems().size() == 13);
        robot.clickOn("#mode-34");
        robot.interact(() -> vm.provinces().mapShownProperty().set(true));
        ReaderWindowTest.waitUntil(() -> robot.lookup("#map-phuyen").tryQuery().isPresent());
        settle();
        assertThat(robot.lookup(".map-unit-outline").queryAll()).hasSize(34);
        // a unit's border is its members' outer edge: no specks of border inside it where the source's neighbours
        // do not quite meet (every ring beyond the members' own islands is such a speck)
        for (Node outline : robot.lookup(".map-unit-outline").queryAll()) {
            Object unitId = outline.getUserData();
            long memberRings = robot.lookup(".map-shape").queryAll().stream().filter(n -> unitId.equals(n.getUserData()))
                    .mapToLong(n -> {
                        SVGPath alone = new SVGPath();
                        alone.setContent(((SVGPath) n).getContent());
                        return rings(javafx.scene.shape.Shape.union(alone, alone));
                    }).sum();
            assertThat(rings(outline)).as("rings of %s's border", unitId).isLessThanOrEqualTo(memberRings);
        }
        robot.clickOn(inside(robot, "phuyen"));
        ReaderWindowTest.waitUntil(() -> vm.provinces().selected().equals(Set.of("dak-lak")));
        long unit = ctx.articles().count(ArticleQuery.ALL.withGrouped(true).withProvinces(Set.of("dak-lak", "phu-yen")));
        ReaderWindowTest.waitUntil(() -> list(robot).getItems().size() == unit);
        assertThat(shape(robot, "daklak").getAccessibleText()).as("members tell the unit's count")
                .isEqualTo(shape(robot, "phuyen").getAccessibleText()).contains(String.valueOf(unit));
        assertThat(shape(robot, "daklak").getStyleClass()).isEqualTo(shape(robot, "phuyen").getStyleClass());
    }

    @Test
    void switchingTo34UnitsAndBackDrawsEachModeAsIfShownFirst(FxRobot robot) {
        ReaderWindowTest.waitUntil(() -> list(robot).getItems().size() == 13);
        robot.interact(() -> vm.provinces().mapShownProperty().set(true));
        ReaderWindowTest.waitUntil(() -> robot.lookup("#map-phuyen").tryQuery().isPresent());
        settle();
        javafx.scene.paint.Paint border = shape(robot, "phuyen").getStroke();
        String phuYen = shape(robot, "phuyen").getAccessibleText();
        assertThat(border).as("a province's border is the page's colour, not its fill").isNotEqualTo(shape(robot, "phuyen").getFill());

        robot.clickOn("#mode-34");
        ReaderWindowTest.waitUntil(() -> robot.lookup(".map-unit-outline").queryAll().size() == 34);
        settle();
        assertThat(shape(robot, "phuyen").getStroke()).as("members' seams drawn in their fill").isEqualTo(shape(robot, "phuyen").getFill());
        assertThat(shape(robot, "phuyen").getAccessibleText()).as("a member tells its unit").startsWith("Dak Lak");
        robot.moveTo(inside(robot, "phuyen"));
        Label hover = robot.lookup("#map-hover").queryAs(Label.class);
        ReaderWindowTest.waitUntil(() -> hover.isVisible() && hover.getText().startsWith("Dak Lak"));

        robot.clickOn("#mode-63");
        ReaderWindowTest.waitUntil(() -> robot.lookup(".map-unit-outline").queryAll().isEmpty());
        settle();
        assertThat(shape(robot, "phuyen").getStroke()).as("the province's border back").isEqualTo(border);
        assertThat(shape(robot, "phuyen").getAccessibleText()).isEqualTo(phuYen);
        assertThat(robot.lookup(".map-member").queryAll()).isEmpty();
        assertThat(robot.lookup(".map-province").queryAll()).hasSize(robot.lookup(".map-shape").queryAll().size());
        robot.moveTo(robot.lookup("#mode-63").queryAs(Node.class)); // off the map, then onto Phu Yen again
        robot.moveTo(inside(robot, "phuyen"));
        ReaderWindowTest.waitUntil(() -> hover.isVisible() && hover.getText().startsWith("Phu Yen"));
    }

    @Test
    void theMapExportsAsPngAndAsSvgWithItsShadesChoiceAndLegend(FxRobot robot) throws Exception {
        ReaderWindowTest.waitUntil(() -> list(robot).getItems().size() == 13);
        robot.interact(() -> {
            vm.provinces().mapShownProperty().set(true);
            vm.provinces().selectOnly("dak-lak");
        });
        ReaderWindowTest.waitUntil(() -> list(robot).getItems().size() < 13);
        settle();
        vn.bantin.ui.map.MapView map = robot.lookup("#map-view").queryAs(vn.bantin.ui.map.MapView.class);
        java.nio.file.Path png = dir.resolve("map.png");
        java.nio.file.Path svg = dir.resolve("map.svg");
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            vn.bantin.ui.map.MapExport.write(map, "Đắk Lắk", png);
            vn.bantin.ui.map.MapExport.write(map, "Đắk Lắk", svg);
            return null;
        }).get();

        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertThat(img.getWidth()).as("twice the drawn size").isCloseTo((int) Math.ceil(map.getWidth() * 2), org.assertj.core.data.Offset.offset(2));
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(svg.toFile());
        org.w3c.dom.NodeList paths = doc.getElementsByTagName("path");
        assertThat(paths.getLength()).isEqualTo(65);
        java.util.Map<String, org.w3c.dom.Element> byId = new java.util.HashMap<>();
        for (int i = 0; i < paths.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) paths.item(i);
            byId.put(e.getAttribute("id"), e);
        }
        assertThat(byId.get("map-daklak").getAttribute("fill")).isNotEqualTo(byId.get("map-hagiang").getAttribute("fill"));
        assertThat(byId.get("map-daklak").getAttribute("stroke")).as("the choice outlined")
                .isNotEqualTo(byId.get("map-gialai").getAttribute("stroke"));
        assertThat(byId.get("map-daklak").getAttribute("aria-label")).startsWith("Dak Lak (Đắk Lắk)");
        String text = java.nio.file.Files.readString(svg);
        assertThat(text).contains("<title>Đắk Lắk</title>", ">0</text>", "CC BY 4.0");
    }

    private static long rings(Node path) {
        return ((javafx.scene.shape.Path) path).getElements().stream().filter(e -> e instanceof javafx.scene.shape.MoveTo).count();
    }

    @Test
    void exportingTheMapFromTheListWaitsForItToBeDrawnAndWritesIt(FxRobot robot) throws Exception {
        ReaderWindowTest.waitUntil(() -> list(robot).getItems().size() == 13);
        assertThat(vm.provinces().mapShownProperty().get()).as("the list shown, the map never drawn").isFalse();
        java.nio.file.Path png = dir.resolve("from-the-list.png");
        robot.interact(() -> AppMenus.exportMap(window, vm, png));
        ReaderWindowTest.waitUntil(() -> java.nio.file.Files.exists(png) && png.toFile().length() > 0);
        settle();
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        Node map = robot.lookup("#map-view").query();
        assertThat(img.getWidth()).as("twice the drawn map").isEqualTo((int) Math.ceil(map.getLayoutBounds().getWidth() * 2));
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no error told").isEmpty();
    }

    /** The colour of "no articles" on the map's scale, as the theme draws it. */
    static javafx.scene.paint.Paint neutral(FxRobot robot) {
        return robot.lookup("#map-view").queryAs(vn.bantin.ui.map.MapView.class).shadeFill(0);
    }

    static SVGPath shape(FxRobot robot, String id) {
        return robot.lookup("#map-" + id).queryAs(SVGPath.class);
    }

    /** A point on screen inside the shape and not under another, nearest the middle of its bounds. */
    static Point2D inside(FxRobot robot, String id) {
        SVGPath s = shape(robot, id);
        List<Node> all = List.copyOf(s.getParent().getChildrenUnmodifiable());
        Bounds b = s.getBoundsInLocal();
        Point2D best = null;
        double bestD = Double.MAX_VALUE;
        for (double x = b.getMinX(); x <= b.getMaxX(); x += b.getWidth() / 30) {
            for (double y = b.getMinY(); y <= b.getMaxY(); y += b.getHeight() / 30) {
                double fx = x;
                double fy = y;
                if (s.contains(x, y) && all.stream().noneMatch(n -> n != s && n.contains(fx, fy))) {
                    double d = Math.hypot(x - b.getCenterX(), y - b.getCenterY());
                    if (d < bestD) {
                        bestD = d;
                        best = new Point2D(x, y);
                    }
                }
            }
        }
        assertThat(best).as("a point inside " + id).isNotNull();
        return s.localToScreen(best);
    }

    @SuppressWarnings("unchecked")
    static ListView<ArticleSummary> list(FxRobot robot) {
        return robot.lookup("#article-list").queryAs(ListView.class);
    }
}
