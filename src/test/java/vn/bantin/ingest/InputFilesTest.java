package vn.bantin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;
import vn.bantin.app.AppContext;

/** What an import reads: regular files only, links within the folder only, and every entry passed over named. */
class InputFilesTest {
    @TempDir
    Path dir;

    private Path page(Path folder, String name, String headline, String place) throws Exception {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), TestPages.hanoiTimes(headline, place, "Mar 3, 2024 / 10:00"),
                StandardCharsets.UTF_8);
    }

    private static Map<String, ImportService.Result> byName(List<ImportService.Result> results) {
        return results.stream().collect(Collectors.toMap(r -> Path.of(r.file()).getFileName().toString(), r -> r, (a, b) -> a));
    }

    private void mkfifo(Path p) throws Exception {
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", p.toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("mkfifo is not on this system: " + e.getMessage());
            return;
        }
        assertThat(mk.waitFor()).isZero();
    }

    @Test
    void aFifoOrADeviceIsNamedAndSkippedAndTheOtherFilesImport() throws Exception {
        Path in = dir.resolve("in");
        page(in, "a.txt", "Can Tho builds a new bridge", "Can Tho");
        mkfifo(in.resolve("waiting.txt"));
        Path alone = dir.resolve("alone.txt");
        mkfifo(alone);
        try (AppContext ctx = AppContext.open(dir.resolve("f.db"))) {
            List<ImportService.Result> results = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ctx.importer()
                    .importPaths(List.of(in, alone, Path.of("/dev/zero")), ImportService.Progress.NONE));
            Map<String, ImportService.Result> r = byName(results);
            assertThat(r.get("a.txt").status()).isEqualTo(ImportService.Status.IMPORTED);
            assertThat(r.get("waiting.txt").reason()).startsWith("not a regular file (a FIFO, socket or device)");
            assertThat(r.get("alone.txt").reason()).startsWith("not a regular file (a FIFO, socket or device)");
            assertThat(r.get("zero").status()).isEqualTo(ImportService.Status.REJECTED);
        }
    }

    @Test
    void aFolderGivenAsALinkIsFollowedAndLinksInsideStayInside() throws Exception {
        Path real = dir.resolve("real");
        page(real, "a.txt", "Can Tho builds a new bridge", "Can Tho");
        page(real.resolve("sub"), "b.txt", "Lao Cai opens a market", "Lao Cai");
        Path outside = page(dir.resolve("elsewhere"), "secret.txt", "Hue restores a palace", "Hue");
        Files.createSymbolicLink(real.resolve("out.txt"), outside);
        Files.createSymbolicLink(real.resolve("out-folder"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(real.resolve("sub").resolve("loop"), real);
        Files.createSymbolicLink(real.resolve("same.txt"), real.resolve("sub").resolve("b.txt"));
        Path link = Files.createSymbolicLink(dir.resolve("link-to-real"), real);
        try (AppContext ctx = AppContext.open(dir.resolve("l.db"))) {
            List<ImportService.Result> results = ctx.importer().importPaths(List.of(link), ImportService.Progress.NONE);
            Map<String, ImportService.Result> r = byName(results);
            assertThat(r.get("a.txt").status()).isEqualTo(ImportService.Status.IMPORTED);
            // a link to a file inside the folder is followed: the page is read once, and once more as a duplicate
            assertThat(List.of(r.get("b.txt").status(), r.get("same.txt").status()))
                    .containsExactlyInAnyOrder(ImportService.Status.IMPORTED, ImportService.Status.DUPLICATE);
            assertThat(r.get("out.txt").reason()).startsWith("a link to a file outside");
            assertThat(r.get("out-folder").reason()).startsWith("a link to a folder outside");
            assertThat(r.get("loop").reason()).contains("loop");
            assertThat(results).noneMatch(x -> x.file().contains("secret"));
            assertThat(results).allMatch(x -> x.file().startsWith(link.toString()));
        }
    }
}
