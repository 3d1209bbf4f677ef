package vn.bantin.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's first frame shows the list: its first page is asked for while the views are built, and awaited. */
class FirstFrameWindowTest extends SampleWindowTest {
    private int rowsWhenShown;
    private boolean loadingWhenShown;
    private volatile Boolean sidebarInFirstFrame;
    private volatile int rowsInFirstFrame = -1;

    @Start
    void start(Stage stage) {
        open(stage);
        // still inside the call that showed the window: nothing posted to this thread since has run yet
        rowsWhenShown = vm.list().items().size();
        loadingWhenShown = vm.list().loadingProperty().get();
        javafx.scene.Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                sidebarInFirstFrame = scene.lookup("#province-list") != null;
                rowsInFirstFrame = (int) scene.lookup("#article-list").lookupAll(".list-cell").stream()
                        .filter(c -> !((javafx.scene.control.ListCell<?>) c).isEmpty()).count();
            }
        });
    }

    @Test
    void theFirstFrameDrawsTheListsRowsAndTheSidebarJoinsThemAFrameLater() {
        settle();
        assertEquals(Boolean.FALSE, sidebarInFirstFrame, "the sidebar was laid out in the first frame");
        assertTrue(rowsInFirstFrame > 0, "rows drawn in the first frame: " + rowsInFirstFrame);
        assertTrue(window.isComplete());
        assertTrue(window.root().lookup("#province-list") != null, "the sidebar after the first frame");
    }

    @Test
    void theWindowIsShownWithItsListsFirstPageAlreadyInIt() {
        settle();
        assertFalse(loadingWhenShown, "the list was still waiting for its page when the window was shown");
        assertEquals(vm.list().items().size(), rowsWhenShown, "rows in the list as the window was shown");
        assertTrue(rowsWhenShown > 0);
    }

    @Test
    void aPageSlowerThanTheWaitStillArrivesAfterTheWindowIsShown() throws Exception {
        CountDownLatch slow = new CountDownLatch(1);
        List<String> answers = new ArrayList<>();
        boolean[] inTime = new boolean[1];
        WaitForAsyncUtils.asyncFx(() -> {
            runner.run(() -> {
                slow.await();
                return "page";
            }, answers::add, e -> answers.add("failed: " + e));
            long t0 = System.nanoTime();
            inTime[0] = runner.awaitOnUiThread(() -> !answers.isEmpty(), 100);
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(waited >= 90 && waited < 2_000, "waited " + waited + " ms");
        }).get();
        assertFalse(inTime[0]);
        assertTrue(answers.isEmpty());
        slow.countDown();
        RereadWindowTest.waitUntil(() -> !answers.isEmpty());
        assertEquals(List.of("page"), answers);
    }
}
