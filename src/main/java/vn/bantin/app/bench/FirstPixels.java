package vn.bantin.app.bench;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;

/**
 * When a window's content is first on the screen, read back from the screen at every pulse: a frame laid out is not
 * yet a frame seen. The native window may not be up yet, and a window's thread kept busy right after a layout keeps
 * that frame from ever being drawn (a first frame whose window was built at once behind it never showed).
 */
final class FirstPixels {
    private final AnimationTimer timer;
    private volatile long ms = -1;

    private FirstPixels(Stage stage, Function<Stage, Rectangle2D> where, Predicate<WritableImage> seen) {
        Robot robot = new Robot();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                Rectangle2D r = stage.isShowing() && stage.getScene() != null ? where.apply(stage) : null;
                if (r != null && r.getWidth() >= 1 && r.getHeight() >= 1 && seen.test(robot.getScreenCapture(null, r, false))) {
                    ms = UiBench.sinceStart();
                    stop();
                }
            }
        };
        timer.start();
    }

    /** Milliseconds since the process started when the content was first seen, or -1. */
    long ms() {
        return ms;
    }

    /**
     * Bantin's list: text at the left edge of the list pane, where each row's title and the header begin, whether the
     * first frame's page or the window's list draws it. A pane with no rows yet is one colour there.
     */
    static FirstPixels ofList(Stage stage) {
        return new FirstPixels(stage, s -> {
            Node pane = s.getScene().lookup("#first-page");
            if (pane == null) {
                pane = s.getScene().lookup("#article-list");
            }
            if (pane == null) {
                return null;
            }
            Bounds b = pane.localToScreen(pane.getBoundsInLocal());
            return b == null ? null : new Rectangle2D(b.getMinX() + 8, b.getMinY() + 4, 16, Math.min(300, b.getHeight() - 8));
        }, FirstPixels::hasText);
    }

    /** The empty window: its fill at its middle. */
    static FirstPixels ofFill(Stage stage, Color fill) {
        return new FirstPixels(stage, s -> {
            Bounds b = s.getScene().getRoot().localToScreen(s.getScene().getRoot().getBoundsInLocal());
            return b == null ? null : new Rectangle2D(b.getCenterX(), b.getCenterY(), 1, 1);
        }, image -> near(image.getPixelReader().getColor(0, 0), fill));
    }

    /** Text against its background: some pixels much darker (or lighter) than others. */
    static boolean hasText(WritableImage image) {
        PixelReader p = image.getPixelReader();
        double min = 1;
        double max = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                double v = p.getColor(x, y).getBrightness();
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return max - min > 0.4;
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.03 && Math.abs(a.getGreen() - b.getGreen()) < 0.03
                && Math.abs(a.getBlue() - b.getBlue()) < 0.03;
    }
}
