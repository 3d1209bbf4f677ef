package vn.bantin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.TestPages;
import vn.bantin.app.cli.Cli;
import vn.bantin.data.BackupStore;
import vn.bantin.data.StoreException;
import vn.bantin.domain.ArticleQuery;

/**
 * A backup is the file as it was when it began, taken while the file is open and written to; a restore checks the
 * backup first, and a file that is not one replaces nothing.
 */
class BackupTest {
    @TempDir
    Path dir;

    private static void importPages(AppContext ctx, String... places) {
        for (String p : places) {
            ctx.importer().importDocuments(List.of(new vn.bantin.ingest.ImportService.Document(p + ".txt",
                    TestPages.hanoiTimes(p + " opens a river park", p, "Mar 3, 2024 / 10:00").getBytes())), vn.bantin.ingest.ImportService.Progress.NONE);
        }
    }

    @Test
    void aBackupTakenWhileTheFileIsOpenHoldsItsArticlesAndCollectionsAndRestoresThem() throws Exception {
        Path file = dir.resolve("bantin.db");
        Path copy = dir.resolve("copy.db");
        try (AppContext ctx = AppContext.open(file)) {
            importPages(ctx, "Da Nang", "Hue");
            long c = ctx.keeping().create("Central brief").id();
            ctx.keeping().add(c, ctx.reading().page(ArticleQuery.ALL, null, 10).items().stream().map(a -> a.key()).toList());
            long[] seen = {0};
            BackupStore.Contents made = ctx.fileBackups().backUp(copy, (written, total) -> seen[0] = Math.max(seen[0], written), () -> false);
            assertThat(made.articles()).isEqualTo(2);
            assertThat(made.collections()).isEqualTo(1);
            assertThat(seen[0]).as("progress told").isPositive();
            importPages(ctx, "Can Tho"); // written after the backup: not in it
        }
        try (AppContext other = AppContext.open(copy)) {
            assertThat(other.reading().count(ArticleQuery.ALL)).isEqualTo(2);
            assertThat(other.keeping().collections()).extracting(x -> x.name() + "=" + x.articles()).containsExactly("Central brief=2");
        }
        Path kept = AppContext.restoreBackup(file, copy).kept();
        assertThat(kept).isRegularFile();
        try (AppContext restored = AppContext.open(file)) {
            assertThat(restored.reading().count(ArticleQuery.ALL)).isEqualTo(2);
        }
        try (AppContext before = AppContext.open(kept)) {
            assertThat(before.reading().count(ArticleQuery.ALL)).as("the file as it was, kept").isEqualTo(3);
        }
    }

    @Test
    void aFileThatIsNotAnIntactBantinBackupReplacesNothing() throws Exception {
        Path file = dir.resolve("bantin.db");
        try (AppContext ctx = AppContext.open(file)) {
            importPages(ctx, "Hue");
        }
        byte[] before = Files.readAllBytes(file);
        Path text = Files.writeString(dir.resolve("notes.db"), "not a database at all, only words");
        assertThatThrownBy(() -> AppContext.restoreBackup(file, text)).isInstanceOf(StoreException.class)
                .hasMessage(text + " is not a Bantin database (nothing was replaced)");
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE recipes (name TEXT)");
            st.execute("PRAGMA user_version = 3");
        }
        assertThatThrownBy(() -> AppContext.restoreBackup(file, other)).hasMessageContaining("is not a Bantin database");
        Path newer = dir.resolve("newer.db");
        Files.copy(file, newer);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> AppContext.restoreBackup(file, newer)).hasMessageContaining("newer Bantin (schema 99");
        Path cut = dir.resolve("cut.db");
        Files.write(cut, java.util.Arrays.copyOf(before, before.length / 2));
        assertThatThrownBy(() -> AppContext.restoreBackup(file, cut)).isInstanceOf(StoreException.class)
                .hasMessageContaining(cut.toString()).hasMessageContaining("nothing was replaced");
        assertThat(Files.readAllBytes(file)).as("the open file untouched").isEqualTo(before);
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".replaced-"));
        }
    }

    @Test
    void aCancelledBackupLeavesNothingAndTheCommandLineBacksUpAndRestores() throws Exception {
        Path file = dir.resolve("bantin.db");
        try (AppContext ctx = AppContext.open(file)) {
            importPages(ctx, "Hue", "Da Lat", "Vinh");
            Path copy = dir.resolve("never.db");
            assertThatThrownBy(() -> ctx.fileBackups().backUp(copy, (w, t) -> { }, () -> true))
                    .isInstanceOf(java.util.concurrent.CancellationException.class).hasMessageContaining("nothing was written");
            assertThat(copy).doesNotExist();
            assertThat(dir.resolve(".never.db.part")).doesNotExist();
        }
        StringWriter out = new StringWriter();
        Path copy = dir.resolve("cli.db");
        assertThat(Cli.run(new String[] {"backup", "--db", file.toString(), copy.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter())))
                .isZero();
        assertThat(out.toString()).contains("backed up 3 articles to " + copy);
        try (AppContext ctx = AppContext.open(file)) {
            importPages(ctx, "Can Tho");
        }
        out = new StringWriter();
        assertThat(Cli.run(new String[] {"restore", "--db", file.toString(), copy.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter())))
                .isZero();
        assertThat(out.toString()).contains("restored 3 articles into " + file);
        try (AppContext ctx = AppContext.open(file)) {
            assertThat(ctx.reading().count(ArticleQuery.ALL)).isEqualTo(3);
        }
    }
}
