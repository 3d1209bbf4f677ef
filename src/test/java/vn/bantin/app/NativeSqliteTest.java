package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several Bantin processes at once: SQLite's native library comes from the data folder, and nobody prints a trace. */
class NativeSqliteTest {
    @Test
    void threeProcessesAtOnceShareOneExtractedLibraryAndPrintNothingOnStandardError(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> running = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-D" + AppPaths.DATA_DIR_PROPERTY + "=" + dir.resolve("data"), Main.class.getName(),
                    "list", "--db", dir.resolve("f" + i + ".db").toString());
            pb.redirectError(dir.resolve("err" + i + ".txt").toFile()).redirectOutput(dir.resolve("out" + i + ".txt").toFile());
            running.add(pb.start());
        }
        for (Process p : running) {
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        for (int i = 0; i < 3; i++) {
            assertThat(Files.readString(dir.resolve("err" + i + ".txt"), StandardCharsets.UTF_8)).isEmpty();
        }
        try (var libs = Files.walk(dir.resolve("data").resolve("native"))) {
            assertThat(libs.filter(p -> p.getFileName().toString().contains("sqlitejdbc")).count()).isEqualTo(1);
        }
    }

    @Test
    void theLibrarysFolderIsKeptSoLaterStartsNeedNotAskTheSystemAgain(@TempDir Path dir) throws Exception {
        String folder = NativeSqlite.folder(dir);
        assertThat(folder).isEqualTo(org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS());
        Path kept;
        try (var files = Files.list(dir)) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("folder-")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(kept)).isEqualTo(folder);
        // what is kept is what a later start uses
        Files.writeString(kept, "Kept/here");
        assertThat(NativeSqlite.folder(dir)).isEqualTo("Kept/here");
        // words that are no folder of the jar's are asked for again, and replaced
        Files.writeString(kept, "../../elsewhere");
        assertThat(NativeSqlite.folder(dir)).isEqualTo(folder);
        assertThat(Files.readString(kept)).isEqualTo(folder);
    }
}
