package vn.bantin.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import vn.bantin.app.AppContext;

/** A window test on a new file with the sample articles: each test gets its own file, window and settings. */
@ExtendWith(ApplicationExtension.class)
abstract class SampleWindowTest {
    @TempDir
    static Path dir;

    SampleWindow w;
    AppContext ctx;
    FxTaskRunner runner;
    MainViewModel vm;
    MainWindow window;

    /** TestFX calls the {@code @Start} method of the test class itself only: each calls this from its own. */
    void open(Stage stage) {
        w = SampleWindow.show(stage, dir, getClass().getSimpleName());
        ctx = w.ctx;
        runner = w.runner;
        vm = w.vm;
        window = w.window;
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
        w.close();
    }

    void settle() {
        w.settle();
    }
}
