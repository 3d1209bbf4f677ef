package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window opens within the screen it is on, whatever size and place it was left at; settings keep at once. */
class WindowBoundsTest {
    static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1280, 720);
    static final Rectangle2D RIGHT = new Rectangle2D(1280, 0, 1920, 1080);

    @TempDir
    Path dir;

    @Test
    void theDefaultSizeOnASmallScreenFitsWithMenusAndStatusBarOnIt() {
        WindowBounds b = WindowBounds.fit(Double.NaN, Double.NaN, 1280, 800, List.of(SMALL));
        assertThat(b).isEqualTo(new WindowBounds(0, 0, 1280, 720));
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneOpensCentredOnThePrimary() {
        WindowBounds b = WindowBounds.fit(2100, 300, 1600, 900, List.of(SMALL));
        assertThat(b).isEqualTo(new WindowBounds(0, 0, 1280, 720));
        WindowBounds small = WindowBounds.fit(2100, 300, 1000, 600, List.of(SMALL));
        assertThat(small).isEqualTo(new WindowBounds(140, 60, 1000, 600));
    }

    @Test
    void aWindowOnTheSecondScreenStaysThereAndIsPulledBackOverItsEdges() {
        WindowBounds b = WindowBounds.fit(2900, 600, 1000, 800, List.of(SMALL, RIGHT));
        assertThat(b).isEqualTo(new WindowBounds(2200, 280, 1000, 800));
    }

    @Test
    void aTitleBarAboveTheTopEdgeComesDown() {
        WindowBounds b = WindowBounds.fit(-40, -30, 1200, 700, List.of(SMALL));
        assertThat(b).isEqualTo(new WindowBounds(40, 10, 1200, 700)); // not on the screen: centred
        WindowBounds kept = WindowBounds.fit(10, 5, 1200, 740, List.of(SMALL));
        assertThat(kept).isEqualTo(new WindowBounds(10, 0, 1200, 720));
    }

    @Test
    void aSettingIsKeptTheMomentItChanges() {
        Path file = dir.resolve("settings.properties");
        new Settings(file).put("theme", "dark");
        // written off the window's thread, within moments, with no save() and no clean exit
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!"dark".equals(new Settings(file).text("theme", "system")) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(new Settings(file).text("theme", "system")).isEqualTo("dark");
    }
}
