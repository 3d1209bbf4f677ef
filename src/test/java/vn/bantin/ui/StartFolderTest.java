package vn.bantin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialogs open where saved pages are: the folder imported from last, else Downloads, else home. */
class StartFolderTest {
    @TempDir
    Path home;

    @Test
    void theFirstImportOpensInDownloadsThenWhereTheLastOneCameFrom() throws Exception {
        Settings settings = new Settings(home.resolve("settings.properties"));
        assertThat(StartFolder.of(settings, home)).isEqualTo(home);
        Files.createDirectories(home.resolve("Downloads"));
        assertThat(StartFolder.of(settings, home)).isEqualTo(home.resolve("Downloads"));

        Path pages = Files.createDirectories(home.resolve("tin/da-nang"));
        StartFolder.remember(settings, List.of(pages.resolve("cau-rong.html"), pages.resolve("son-tra.html")));
        assertThat(StartFolder.of(settings, home)).isEqualTo(pages);
        // kept between runs
        settings.flush(); // the write the change queued, done
        assertThat(StartFolder.of(new Settings(home.resolve("settings.properties")), home)).isEqualTo(pages);
        // a folder chosen whole: the next dialog opens beside it
        StartFolder.remember(settings, List.of(pages));
        assertThat(StartFolder.of(settings, home)).isEqualTo(home.resolve("tin"));
        settings.flush(); // before the folder is deleted under the writer
    }

    @Test
    void aRememberedFolderSinceDeletedFallsBackToDownloads() throws Exception {
        Settings settings = new Settings(home.resolve("settings.properties"));
        Files.createDirectories(home.resolve("Downloads"));
        Path gone = Files.createDirectories(home.resolve("usb/tin"));
        StartFolder.remember(settings, List.of(gone.resolve("a.txt")));
        Files.delete(gone);
        assertThat(StartFolder.of(settings, home)).isEqualTo(home.resolve("Downloads"));
        settings.flush();
    }
}
