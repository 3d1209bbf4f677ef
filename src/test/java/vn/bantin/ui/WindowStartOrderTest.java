package vn.bantin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.text.Text;
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
import vn.bantin.data.StoreException;
import vn.bantin.ui.list.FirstPageView;

/**
 * The start when the page is not read before the toolkit is up: the window shows its panes' places at once, draws
 * the page when it comes, and is built after it; a file that did not open gets no window.
 */
@ExtendWith(ApplicationExtension.class)
class WindowStartOrderTest {
    @TempDir
    static Path dir;
    private static int run;

    private Stage stage;
    private AppContext ctx;
    private FxTaskRunner runner;
    private Settings settings;
    private final CompletableFuture<FirstPage> page = new CompletableFuture<>();
    private final AtomicInteger painted = new AtomicInteger(-1);
    private final AtomicBoolean modelAskedFor = new AtomicBoolean();
    private final AtomicReference<MainWindow> built = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() {
        run++;
        ctx = AppContext.open(dir.resolve("order-" + run + ".db"));
        ctx.importSamples();
        runner = new FxTaskRunner();
        settings = new Settings(dir.resolve("order-settings-" + run + ".properties"));
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        runner.close();
        ctx.close();
    }

    private void begin() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> WindowStart.open(stage, settings, page, () -> {
            modelAskedFor.set(true);
            return new MainViewModel(ctx.services(runner));
        }, url -> { }, painted::set, built::set)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private FirstPageView firstPage() {
        return (FirstPageView) stage.getScene().lookup("#first-page");
    }

    @Test
    void aPageReadAfterTheWindowShowsIsDrawnWhenItComesAndTheWindowIsBuiltAfterIt() throws Exception {
        begin();
        assertTrue(stage.isShowing(), "the window shows before the page is read");
        assertNotNull(firstPage());
        assertTrue(firstPage().getChildren().isEmpty(), "no rows yet: the panes' places only");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertFalse(modelAskedFor.get(), "nothing of the window is built while the page is being read");

        FirstPage read = FirstPage.read(ctx.reading(), ctx.gazetteer(), settings);
        page.complete(read);
        ReaderWindowTest.waitUntil(() -> built.get() != null);
        assertEquals(read.rows().size(), painted.get(), "the frame drew the page's rows before the window was built");
        assertEquals(read.rows().stream().map(a -> a.title()).toList(),
                built.get().viewModel().list().items().stream().limit(read.rows().size()).map(a -> a.title()).toList(),
                "the window's list begins with the rows the frame drew");
    }

    @Test
    void withoutAPageInTimeTheWindowIsBuiltAndReadsItsOwn() throws Exception {
        begin();
        page.complete(null);
        ReaderWindowTest.waitUntil(() -> built.get() != null && !built.get().viewModel().list().items().isEmpty());
        assertEquals(-1, painted.get(), "no first frame of rows was drawn");
        assertEquals(13, built.get().viewModel().list().items().size());
    }

    @Test
    void aFileThatDidNotOpenGetsNoWindow() throws Exception {
        begin();
        page.completeExceptionally(new StoreException("the file is not a Bantin database"));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(modelAskedFor.get());
        assertNull(built.get());
        assertEquals(-1, painted.get());
    }

    @Test
    void aShortWindowDrawsOnlyTheRowsThatFitInIt() throws Exception {
        settings.put("window.height", 400);
        page.complete(FirstPage.read(ctx.reading(), ctx.gazetteer(), settings));
        begin();
        ReaderWindowTest.waitUntil(() -> built.get() != null);
        // 280 pixels of list below the bars: no row is shorter than 60, so six at most, of the page's 13
        assertTrue(painted.get() >= 1 && painted.get() <= 6, "rows drawn: " + painted.get());
        List<String> titles = built.get().viewModel().list().items().stream().map(a -> a.title()).toList();
        assertEquals(13, titles.size());
    }

    @Test
    void theFirstFrameNamesWhatTheListShowsInTheTitleAndHeader() throws Exception {
        page.complete(FirstPage.read(ctx.reading(), ctx.gazetteer(), settings));
        AtomicReference<List<String>> texts = new AtomicReference<>();
        AtomicReference<String> title = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> WindowStart.open(stage, settings, page, () -> new MainViewModel(ctx.services(runner)),
                url -> { }, rows -> {
                    title.set(stage.getTitle());
                    texts.set(firstPage().lookupAll("Text").stream().map(n -> ((Text) n).getText()).toList());
                }, built::set)).get(10, TimeUnit.SECONDS);
        ReaderWindowTest.waitUntil(() -> built.get() != null);
        String header = page.get().header();
        assertEquals(header, texts.get().get(0), "the header above the rows");
        assertEquals(WindowStart.title(header), title.get());
        // the window's header says the same, with the count once it is in
        ReaderWindowTest.waitUntil(() -> built.get().viewModel().headerProperty().get().length() > header.length());
        assertTrue(built.get().viewModel().headerProperty().get().startsWith(header));
    }
}
