package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.bantin.app.AppContext;
import vn.bantin.domain.ArticleSummary;
import vn.bantin.ingest.RereadTest;

/** After an upgrade of the parsers the window offers, once, to read the stored articles again, and shows it done. */
@ExtendWith(ApplicationExtension.class)
class RereadWindowTest {
    @TempDir
    static Path dir;

    AppContext ctx;
    FxTaskRunner runner;
    MainWindow window;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("upgraded.db");
        ctx = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            AppContext c = AppContext.open(file);
            c.importSamples();
            RereadTest.storeAsTheOldParserDid(c);
            return c;
        }).join();
        runner = new FxTaskRunner();
        MainViewModel vm = new MainViewModel(ctx.services(runner));
        window = new MainWindow(vm, new Settings(dir.resolve("settings.properties")), url -> { });
        window.show(stage);
    }


    /** After TestFX's @Start: the window as the reader has it a frame later, with its sidebar. */
    @org.junit.jupiter.api.BeforeEach
    void sidebarJoined() {
        if (window != null) {
            ReaderWindowTest.waitUntil(window::isComplete);
        }
    }
    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.root().getScene().getWindow().hide()).get();
        runner.close();
        ctx.close();
    }

    static void waitUntil(BooleanSupplier condition) {
        ReaderWindowTest.waitUntil(condition);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOfferReadsTheArticlesAgainAndTheListShowsTheMendedHeadline(FxRobot robot) {
        waitUntil(() -> robot.lookup("#reread-start").tryQuery().map(n -> n.isVisible()).orElse(false));
        ListView<ArticleSummary> list = robot.lookup("#article-list").queryAs(ListView.class);
        waitUntil(() -> list.getItems().stream().anyMatch(a -> a.title().equals("Tuoi Tre News")));
        robot.clickOn("#reread-start");
        waitUntil(() -> robot.lookup("#reread-text").queryAs(Labeled.class).getText().startsWith("Read 14 articles again"));
        waitUntil(() -> list.getItems().stream().anyMatch(a -> a.title().equals("Vinh Long ferry pier reopens after the flood")));
        assertThat(list.getItems()).noneMatch(a -> a.title().equals("Tuoi Tre News"));
        assertThat(robot.lookup("#reread-start").query().isVisible()).isFalse();
        robot.clickOn("#reread-close");
        waitUntil(() -> !robot.lookup("#reread-bar").query().isVisible());
    }
}
