package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The sidebar reads as a source list in both themes: what is selected stays legible (text and icons at least
 * 4.5:1 against what is drawn under them, read from the computed colours), entries have no boxes around them, the
 * province list never scrolls sideways, and a one-line headline takes one line in the list.
 */
class SidebarLookWindowTest extends SampleWindowTest {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void selectedEntriesAreLegibleInTheLightTheme(FxRobot robot) {
        assertSelectionsLegible(robot, "light");
    }

    @Test
    void selectedEntriesAreLegibleInTheDarkTheme(FxRobot robot) {
        assertSelectionsLegible(robot, "dark");
    }

    @Test
    void sidebarEntriesHaveNoBoxesAndTheProvinceListNeverScrollsSideways(FxRobot robot) {
        for (String theme : List.of("light", "dark")) {
            robot.interact(() -> window.applyTheme(theme));
            // the focus on the list, so that no entry shows its focus ring
            robot.interact(() -> robot.lookup("#article-list").query().requestFocus());
            settle();
            for (String id : List.of("#special-all", "#special-unread", "#special-bookmarks")) {
                ToggleButton b = robot.lookup(id).queryAs(ToggleButton.class);
                assertThat(visibleStrokes(b.getBorder())).as(theme + ": border of " + id).isZero();
                if (!b.isSelected()) {
                    assertThat(opaqueFills(b.getBackground())).as(theme + ": background of unselected " + id).isZero();
                }
            }
            ListView<?> provinces = robot.lookup("#province-list").queryAs(ListView.class);
            assertThat(visibleStrokes(provinces.getBorder())).as(theme + ": border of the province list").isZero();
            for (Node n : provinces.lookupAll(".scroll-bar")) {
                ScrollBar bar = (ScrollBar) n;
                if (bar.getOrientation() == Orientation.HORIZONTAL) {
                    assertThat(bar.isVisible()).as(theme + ": a horizontal scroll bar under the province list").isFalse();
                }
            }
        }
    }

    @Test
    void aOneLineHeadlineLeavesNoEmptyLineUnderIt(FxRobot robot) {
        settle();
        ListView<?> list = robot.lookup("#article-list").queryAs(ListView.class);
        int checked = 0;
        for (Node n : list.lookupAll(".row-title")) {
            Label title = (Label) n;
            if (title.getText() == null || title.getHeight() == 0 || !title.isVisible()) {
                continue;
            }
            // the title's own row (headline and star): no taller than the headline's lines
            Region top = (Region) title.getParent();
            assertThat(top.getHeight()).as("row of '" + title.getText() + "'").isLessThanOrEqualTo(title.getHeight() + 1);
            checked++;
        }
        assertThat(checked).as("rows looked at").isGreaterThan(3);
    }

    @Test
    void theKeyboardSheetCutsNoKeyAndNoMeaningShort(FxRobot robot) {
        settle();
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        RereadWindowTest.waitUntil(() -> robot.lookup("#shortcuts").tryQuery().isPresent());
        int seen = 0;
        for (Node n : robot.lookup("#shortcuts").query().lookupAll(".label")) {
            Label l = (Label) n;
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) l.lookup(".text");
            if (l.getText() != null && !l.getText().isEmpty() && drawn != null) {
                assertThat(drawn.getText()).as("drawn for '" + l.getText() + "'").isEqualTo(l.getText());
                seen++;
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(2 * Dialogs.shortcuts().length);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    private void assertSelectionsLegible(FxRobot robot, String theme) {
        robot.interact(() -> window.applyTheme(theme));
        settle();
        ToggleButton all = robot.lookup("#special-all").queryAs(ToggleButton.class);
        assertThat(all.isSelected()).isTrue();
        Color under = effectiveBackground(all);
        for (Node n : all.lookupAll(".label")) {
            assertLegible(theme + ": '" + ((Label) n).getText() + "' on the selected All articles", ((Label) n).getTextFill(), under);
        }
        for (Node n : all.lookupAll(".ikonli-font-icon")) {
            assertLegible(theme + ": icon of the selected All articles", ((FontIcon) n).getIconColor(), under);
        }

        ListView<?> provinces = robot.lookup("#province-list").queryAs(ListView.class);
        robot.interact(() -> {
            provinces.requestFocus();
            provinces.getSelectionModel().select(1); // the first province, under its region's heading
        });
        settle();
        ListCell<?> cell = cellAt(provinces, 1);
        Color cellBg = effectiveBackground(cell);
        for (Node n : cell.lookupAll(".label")) {
            Label l = (Label) n;
            if (l.getText() != null && !l.getText().isEmpty()) {
                assertLegible(theme + ": '" + l.getText() + "' on the selected province row", l.getTextFill(), cellBg);
            }
        }

        ListView<?> articles = robot.lookup("#article-list").queryAs(ListView.class);
        robot.interact(() -> {
            articles.requestFocus();
            articles.getSelectionModel().select(0);
        });
        settle();
        ListCell<?> row = cellAt(articles, 0);
        Color rowBg = effectiveBackground(row);
        for (String style : List.of(".row-title", ".row-meta")) {
            Label l = (Label) row.lookup(style);
            assertLegible(theme + ": " + style + " of the selected article", l.getTextFill(), rowBg);
        }
    }

    private static ListCell<?> cellAt(ListView<?> list, int index) {
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> c && c.getIndex() == index && c.isVisible()) {
                return c;
            }
        }
        throw new AssertionError("no cell drawn for row " + index);
    }

    private static void assertLegible(String what, Paint fg, Color bg) {
        assertThat(fg).as(what + " is a plain colour").isInstanceOf(Color.class);
        Color text = over((Color) fg, bg);
        assertThat(contrast(text, bg)).as(what + " (" + text + " on " + bg + ")").isGreaterThanOrEqualTo(4.5);
    }

    /** The colour drawn behind a node: every ancestor's fills, from the scene down, laid over each other. */
    static Color effectiveBackground(Node node) {
        List<Region> chain = new ArrayList<>();
        for (Parent p = node instanceof Parent q ? q : node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Region r) {
                chain.add(0, r);
            }
        }
        Paint sceneFill = node.getScene().getFill();
        Color c = sceneFill instanceof Color s ? over(s, Color.WHITE) : Color.WHITE;
        for (Region r : chain) {
            if (r.getBackground() != null) {
                for (BackgroundFill f : r.getBackground().getFills()) {
                    if (f.getFill() instanceof Color fill) {
                        c = over(fill, c);
                    }
                }
            }
        }
        return c;
    }

    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** WCAG 2 contrast ratio. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static int visibleStrokes(Border border) {
        int n = 0;
        if (border != null) {
            for (BorderStroke s : border.getStrokes()) {
                boolean painted = s.getTopStroke() instanceof Color c ? c.getOpacity() > 0 : s.getTopStroke() != null;
                if (painted && s.getWidths().getTop() > 0) {
                    n++;
                }
            }
        }
        return n;
    }

    private static int opaqueFills(Background bg) {
        int n = 0;
        if (bg != null) {
            for (BackgroundFill f : bg.getFills()) {
                if (!(f.getFill() instanceof Color c) || c.getOpacity() > 0) {
                    n++;
                }
            }
        }
        return n;
    }
}
