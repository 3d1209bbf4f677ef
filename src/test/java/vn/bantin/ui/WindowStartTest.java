package vn.bantin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.bantin.app.AppContext;

/** The start draws the list's first page as text before any control is built, then the window takes its place. */
@ExtendWith(ApplicationExtension.class)
class WindowStartTest {
    @TempDir
    static Path dir;
    private static int run;

    private volatile AppContext ctx;
    private FxTaskRunner runner;
    private volatile MainViewModel vm;
    private Stage stage;
    private final AtomicReference<MainWindow> window = new AtomicReference<>();
    /** What the first frame held when it had been laid out, before the window was built. */
    private volatile List<String> firstFrameTexts;
    private volatile boolean firstFrameHadControls;
    private final java.util.concurrent.atomic.AtomicInteger pulses = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int firstFramePulsesBeforeTheWindow;
    private volatile java.util.Map<String, javafx.scene.paint.Paint> firstFrameFills;
    private volatile int firstFrameRows = -1;
    private volatile double firstFrameWidth;
    private volatile double firstFrameHeight;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path file = dir.resolve("start-" + (++run) + ".db");
        Settings settings = new Settings(dir.resolve("start-settings-" + run + ".properties"));
        // as the app does: the file opened and its first page read off the window's thread, while the frame shows
        java.util.concurrent.CompletableFuture<FirstPage> page = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            AppContext c = AppContext.open(file);
            c.importSamples();
            ctx = c;
            return FirstPage.read(c.reading(), c.gazetteer(), settings);
        });
        runner = new FxTaskRunner();
        WindowStart.open(stage, settings, page, () -> vm = new MainViewModel(ctx.services(runner)), url -> { }, rows -> {
            firstFramePulsesBeforeTheWindow = pulses.get();
            Parent root = stage.getScene().getRoot();
            firstFrameRows = rows;
            firstFrameTexts = all(root).stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText()).toList();
            firstFrameFills = all(root).stream().filter(n -> n instanceof Text).collect(java.util.stream.Collectors.toMap(
                    n -> ((Text) n).getText(), n -> ((Text) n).getFill(), (a, b) -> a));
            firstFrameHadControls = all(root).stream().anyMatch(n -> n instanceof Control);
            firstFrameWidth = stage.getWidth();
            firstFrameHeight = stage.getHeight();
        }, window::set);
        stage.getScene().addPostLayoutPulseListener(pulses::incrementAndGet);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        runner.close();
        ctx.close();
    }

    @Test
    void theFirstFrameShowsTheFirstPagesTitlesSourcesAndProvincesWithoutAControl() {
        ReaderWindowTest.waitUntil(() -> window.get() != null);
        assertTrue(firstFrameRows > 0, "rows in the first frame: " + firstFrameRows);
        assertFalse(firstFrameHadControls, "a control was built for the first frame");
        var first = vm.list().items().get(0);
        assertTrue(firstFrameTexts.contains(first.title()), "the first row's title in " + firstFrameTexts);
        assertTrue(firstFrameTexts.stream().anyMatch(t -> t.startsWith(first.sourceName() + " · ")), "its outlet");
        for (String id : first.aboutIds()) {
            assertTrue(firstFrameTexts.contains(vm.provinces().provinceName(id)), "its province " + id);
        }
        // the page's first titles, in the list's order
        List<String> titles = vm.list().items().stream().map(a -> a.title()).toList();
        assertEquals(titles.subList(0, firstFrameRows), firstFrameTexts.stream().filter(titles::contains).toList());
    }

    @Test
    void theWindowsThreadIsLeftFreeForTheFirstFrameToReachTheScreenBeforeTheWindowIsBuilt() {
        ReaderWindowTest.waitUntil(() -> window.get() != null);
        // built at once behind the frame's layout, the window kept the frame from ever being drawn
        assertTrue(firstFramePulsesBeforeTheWindow >= WindowStart.PULSES_TO_THE_SCREEN,
                "pulses of the first frame before the window was built: " + firstFramePulsesBeforeTheWindow);
    }

    @Test
    void theFirstFrameHasTheLightThemesColoursBeforeTheThemesSheetIsRead() {
        ReaderWindowTest.waitUntil(() -> window.get() != null);
        var first = vm.list().items().get(0);
        // Primer light's -color-fg-default and -color-fg-muted, which the list's rows have
        assertEquals(javafx.scene.paint.Color.web("#24292f"), firstFrameFills.get(first.title()));
        assertEquals(javafx.scene.paint.Color.web("#57606a"), firstFrameFills.get(first.lead()));
    }

    @Test
    void theWindowTakesTheFirstFramesPlaceWithTheSameRowsAtTheSameSize() {
        ReaderWindowTest.waitUntil(() -> window.get() != null && window.get().isComplete());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(stage.getScene().lookup("#first-page"), "the first frame is gone");
        ListView<?> list = (ListView<?>) stage.getScene().lookup("#article-list");
        assertNotNull(list);
        assertEquals(vm.list().items(), list.getItems());
        assertEquals(firstFrameTexts.stream().filter(t -> list.getItems().stream().anyMatch(a -> t.equals(((vn.bantin.domain.ArticleSummary) a).title()))).toList(),
                vm.list().items().subList(0, firstFrameRows).stream().map(a -> a.title()).toList(), "the list begins with the frame's rows");
        assertEquals(firstFrameWidth, stage.getWidth());
        assertEquals(firstFrameHeight, stage.getHeight());
        assertTrue(stage.isShowing());
    }

    private static List<Node> all(Parent p) {
        List<Node> out = new java.util.ArrayList<>();
        for (Node n : p.getChildrenUnmodifiable()) {
            out.add(n);
            if (n instanceof Parent q) {
                out.addAll(all(q));
            }
        }
        return out;
    }
}
