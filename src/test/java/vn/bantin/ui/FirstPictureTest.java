package vn.bantin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.bantin.app.AppContext;

/**
 * The list pane of the first frame kept as a picture at exit, and shown by the next start in place of the page drawn
 * as text only when it shows the same: the same pixels as the text would be, never an older page.
 */
@ExtendWith(ApplicationExtension.class)
class FirstPictureTest {
    @TempDir
    Path dir;

    private Stage stage;
    private AppContext ctx;
    private FxTaskRunner runner;
    private Settings settings;
    /** The frame of the start that drew the page as text and kept it. */
    private Frame textStart;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() {
        ctx = AppContext.open(dir.resolve("picture.db"));
        ctx.importSamples();
        runner = new FxTaskRunner();
        settings = new Settings(dir.resolve("settings.properties"));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        runner.close();
        ctx.close();
    }

    /** What a start's first frame drew in the list pane: its nodes and its pixels, once laid out. */
    private record Frame(int rows, java.util.List<Node> nodes, WritableImage pixels) {
        boolean pictured() {
            return nodes.stream().anyMatch(n -> n instanceof ImageView);
        }
    }

    /** A start of the window (its first frame, then the window, closed again), with its pictures. */
    private Frame startWith(FirstPicture.Pixels kept, Path keepIn) throws Exception {
        AtomicReference<Frame> frame = new AtomicReference<>();
        AtomicReference<MainWindow> built = new AtomicReference<>();
        FirstPage page = FirstPage.read(ctx.reading(), ctx.gazetteer(), settings);
        WaitForAsyncUtils.asyncFx(() -> WindowStart.open(stage, settings, CompletableFuture.completedFuture(page),
                new WindowStart.Pictures(CompletableFuture.completedFuture(kept), keepIn),
                () -> new MainViewModel(ctx.services(runner)), url -> { }, rows -> {
                    Node pane = stage.getScene().lookup("#first-page");
                    frame.set(new Frame(rows, java.util.List.copyOf(((javafx.scene.Parent) pane).getChildrenUnmodifiable()),
                            pane.snapshot(null, null)));
                }, built::set)).get(10, TimeUnit.SECONDS);
        ReaderWindowTest.waitUntil(() -> built.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // as a reader's window closing does: the window's size and panes saved, which the next start is drawn at
        WaitForAsyncUtils.asyncFx(built.get()::close).get(10, TimeUnit.SECONDS);
        return frame.get();
    }

    /**
     * A first session (its window saves the size and panes the next starts are drawn at), then a start that draws the
     * page as text: what that start kept. Its frame is left in {@link #textStart}.
     */
    private FirstPicture.Pixels keptByATextStart() throws Exception {
        startWith(null, null);
        long since = System.currentTimeMillis() - 1_000;
        textStart = startWith(null, dir);
        return keptAfter(since);
    }

    private FirstPicture.Pixels keptAfter(long since) {
        ReaderWindowTest.waitUntil(() -> {
            try {
                return Files.isRegularFile(dir.resolve(FirstPicture.FILE))
                        && Files.getLastModifiedTime(dir.resolve(FirstPicture.FILE)).toMillis() >= since;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        return FirstPicture.read(dir);
    }

    /** The two images are the same pixels over the text frame's size. */
    private void assertSamePixels(javafx.scene.image.Image drawn, javafx.scene.image.Image other, String what) {
        int width = (int) textStart.pixels().getWidth();
        int height = (int) textStart.pixels().getHeight();
        int[] a = new int[width * height];
        int[] b = new int[width * height];
        drawn.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), a, 0, width);
        other.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), b, 0, width);
        int differ = 0;
        int at = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                differ++;
                at = at < 0 ? i : at;
            }
        }
        assertEquals(0, differ, what + ": pixels unlike the page drawn as text, the first at " + (at % width) + ","
                + (at / width) + " of " + width + "x" + height);
    }

    @Test
    void aStartThatDrawsThePageAsTextKeepsWhatItDrewAsThePicture() throws Exception {
        FirstPicture.Pixels kept = keptByATextStart();
        assertTrue(textStart.rows() > 0);
        assertFalse(textStart.pictured());
        assertNotNull(kept, "a picture is kept");
        assertEquals((int) textStart.pixels().getWidth(), kept.width(), "the pane's width");
        assertEquals((int) textStart.pixels().getHeight(), kept.height(), "the pane's height");
        assertSamePixels(textStart.pixels(), FirstPicture.image(kept), "the picture");
    }

    @Test
    void theNextStartOfTheSamePageShowsThePictureInItsFirstFrame() throws Exception {
        FirstPicture.Pixels kept = keptByATextStart();
        Frame pictured = startWith(kept, dir);
        assertTrue(pictured.pictured(), "the picture, not text: " + pictured.nodes());
        assertEquals(1, pictured.nodes().size());
        assertEquals(textStart.rows(), pictured.rows(), "the rows the picture stands for");
        assertSamePixels(textStart.pixels(), pictured.pixels(), "the pictured frame");
    }

    @Test
    void aPageThatChangedSinceThePictureIsDrawnAsTextAndKeptAnew() throws Exception {
        FirstPicture.Pixels kept = keptByATextStart();
        // the first row read elsewhere (the command line) since: its title is no longer bold
        long first = FirstPage.read(ctx.reading(), ctx.gazetteer(), settings).rows().get(0).key();
        ctx.reading().setRead(first, true);
        Files.setLastModifiedTime(dir.resolve(FirstPicture.FILE), java.nio.file.attribute.FileTime.fromMillis(0));
        Frame frame = startWith(kept, dir);
        assertFalse(frame.pictured(), "the older page's picture was shown");
        assertTrue(frame.rows() > 0);
        FirstPicture.Pixels anew = keptAfter(1);
        assertFalse(anew.key().equals(kept.key()), "the page as it is now is kept");
    }

    @Test
    void anotherThemeOrWindowSizeIsDrawnAsText() throws Exception {
        FirstPicture.Pixels kept = keptByATextStart();
        settings.put("theme", "dark");
        assertFalse(startWith(kept, null).pictured(), "a light picture in a dark frame");
        settings.put("theme", "light");
        settings.put("window.width", 1100);
        assertFalse(startWith(kept, null).pictured(), "a picture of another width");
    }

    @Test
    void aDamagedPictureIsNotReadAndTheStartDrawsText() throws Exception {
        keptByATextStart();
        Path file = dir.resolve(FirstPicture.FILE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertNull(FirstPicture.read(dir), "half a picture");
        Files.write(file, "not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertNull(FirstPicture.read(dir));
        assertNull(FirstPicture.read(dir.resolve("no such folder")));
        assertFalse(startWith(FirstPicture.read(dir), null).pictured());
    }
}
