package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Labeled;
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
import vn.bantin.data.sqlite.WorkJournalTest;
import vn.bantin.domain.ArticleQuery;

/** A window opened on a file whose last import a crash cut short says so, and imports the rest at one click. */
@ExtendWith(ApplicationExtension.class)
class ResumeWindowTest {
    static final String[] TOWNS = {"Sa Dec", "Cao Lanh", "Hong Ngu", "Thap Muoi", "Lai Vung", "Chau Thanh"};

    @TempDir
    static Path dir;
    static int run;

    AppContext ctx;
    FxTaskRunner runner;
    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("cut-" + (++run) + ".db");
        Path pages = Files.createDirectories(dir.resolve("pages-" + run));
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < TOWNS.length; i++) {
            Path p = pages.resolve("dong-thap-" + i + ".txt");
            Files.writeString(p, "Flower village in " + TOWNS[i] + " readies for Tet\n\n"
                    + "Growers in " + TOWNS[i] + ", Dong Thap province, have started moving pots of marigolds to the"
                    + " riverside market a month before the Lunar New Year.\n\nTraders said prices held steady.\n",
                    StandardCharsets.UTF_8);
            paths.add(p.toAbsolutePath().toString());
        }
        ctx = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                try (AppContext first = AppContext.open(file)) {
                    // the crash came after the first two files were stored
                    first.importer().importPaths(List.of(Path.of(paths.get(0)), Path.of(paths.get(1))),
                            vn.bantin.ingest.ImportService.Progress.NONE);
                }
                WorkJournalTest.leaveInterrupted(file, "import", paths, 2, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return AppContext.open(file);
        }).join();
        runner = new FxTaskRunner();
        MainViewModel vm = new MainViewModel(ctx.services(runner));
        vm.resume().setZone(java.time.ZoneOffset.ofHours(7));
        // left last time far larger than this screen and above its top edge (a bigger monitor, since unplugged)
        Path settings = dir.resolve("settings-" + run + ".properties");
        Files.writeString(settings, "window.width=3840\nwindow.height=2160\nwindow.x=-200\nwindow.y=-150\n");
        window = new MainWindow(vm, new Settings(settings), url -> { });
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

    @Test
    void theWindowOpensWithinTheScreenWhateverSizeItWasLeftAt(FxRobot robot) {
        javafx.stage.Window w = window.root().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(w.getX()).isGreaterThanOrEqualTo(screen.getMinX());
        assertThat(w.getY()).isGreaterThanOrEqualTo(screen.getMinY());
        assertThat(w.getX() + w.getWidth()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(w.getY() + w.getHeight()).isLessThanOrEqualTo(screen.getMaxY());
        assertThat(robot.lookup("#menu-bar").query().localToScreen(0, 0).getY()).isGreaterThanOrEqualTo(screen.getMinY());
    }

    @Test
    void theNoticeTellsHowFarTheImportGotAndItsButtonImportsTheRest(FxRobot robot) {
        RereadWindowTest.waitUntil(() -> robot.lookup("#resume-bar").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertThat(robot.lookup("#resume-text").queryAs(Labeled.class).getText()).isEqualTo(
                "The last import stopped after 2 of 6 files (it began Nov 30, 2026, 9:15 AM). 4 files were not imported.");
        assertThat(robot.lookup("#resume-start").queryAs(Labeled.class).getText()).isEqualTo("Import the rest");
        assertThat(ctx.articles().count(ArticleQuery.ALL)).isEqualTo(2);
        robot.clickOn("#resume-start");
        RereadWindowTest.waitUntil(() -> ctx.articles().count(ArticleQuery.ALL) == TOWNS.length);
        RereadWindowTest.waitUntil(() -> !robot.lookup("#resume-bar").query().isVisible());
        RereadWindowTest.waitUntil(() -> ctx.journal().interrupted().isEmpty());
    }
}
