package vn.bantin.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: the size and place it had, kept within the screen it is on now — a laptop off its large
 * monitor, a 2× screen, or a first start at 1280×800 on a 1280×720 screen must not put the menus above the top edge
 * or the status bar below the bottom.
 */
public record WindowBounds(double x, double y, double width, double height) {
    /**
     * {@code x} and {@code y} may be NaN (never placed: centred). {@code screens} are the screens' visual bounds
     * (without task bars and docks), the first the primary.
     */
    public static WindowBounds fit(double x, double y, double width, double height, java.util.List<Rectangle2D> screens) {
        Rectangle2D screen = screens.get(0);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            for (Rectangle2D s : screens) {
                // the screen that holds the window's top-left corner, if one still does
                if (s.contains(x, y)) {
                    screen = s;
                    break;
                }
            }
        }
        double w = Math.min(Math.max(width, 640), screen.getWidth());
        double h = Math.min(Math.max(height, 400), screen.getHeight());
        boolean placed = !Double.isNaN(x) && !Double.isNaN(y) && screen.contains(x, y);
        double left = placed ? x : screen.getMinX() + (screen.getWidth() - w) / 2;
        double top = placed ? y : screen.getMinY() + (screen.getHeight() - h) / 2;
        left = Math.max(screen.getMinX(), Math.min(left, screen.getMaxX() - w));
        top = Math.max(screen.getMinY(), Math.min(top, screen.getMaxY() - h));
        return new WindowBounds(left, top, w, h);
    }
}
