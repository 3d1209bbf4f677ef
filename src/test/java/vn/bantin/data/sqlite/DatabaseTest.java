package vn.bantin.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bantin.data.DatabaseRefusedException;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsFileInWalModeAtLatestSchema() throws Exception {
        Path f = dir.resolve("sub/new.db");
        try (Database db = Database.open(f)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            String mode = db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(mode).isEqualTo("wal");
            int fk = db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_keys")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(fk).isEqualTo(1);
        }
        assertThat(f).exists();
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        Path f = dir.resolve("a.db");
        try (Database db = Database.open(f)) {
            db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO sources(id, name) VALUES ('x', 'X')"));
        }
        try (Database db = Database.open(f)) {
            int n = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM sources")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(n).isEqualTo(1);
        }
    }

    @Test
    void refusesFileThatIsNotSqliteAndLeavesItUntouched() throws Exception {
        Path f = dir.resolve("notes.db");
        byte[] content = "These are my notes, not a database.\n".repeat(50).getBytes();
        Files.write(f, content);
        assertThatThrownBy(() -> Database.open(f))
                .isInstanceOf(DatabaseRefusedException.class)
                .hasMessageContaining("notes.db").hasMessageContaining("not SQLite");
        assertThat(Files.readAllBytes(f)).isEqualTo(content);
    }

    @Test
    void refusesDatabaseFromNewerVersionAndLeavesItUntouched() throws Exception {
        Path f = dir.resolve("future.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
            // a newer Bantin marks its files as every Bantin since schema 5 does
            st.execute("PRAGMA application_id = " + Ownership.APPLICATION_ID);
            st.execute("PRAGMA user_version = " + (Migrations.latestVersion() + 5));
        }
        byte[] before = Files.readAllBytes(f);
        assertThatThrownBy(() -> Database.open(f))
                .isInstanceOf(DatabaseRefusedException.class)
                .hasMessageContaining("newer version of Bantin");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
    }

    @Test
    void refusesReadOnlyFile() throws Exception {
        Path f = dir.resolve("ro.db");
        Database.open(f).close();
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(f), "running as a user who can write anyway");
        assertThatThrownBy(() -> Database.open(f)).isInstanceOf(DatabaseRefusedException.class).hasMessageContaining("read-only");
    }

    @Test
    void failedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("tx.db"))) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO sources(id, name) VALUES ('a', 'A')");
                c.createStatement().executeUpdate("INSERT INTO sources(id, name) VALUES ('a', 'again')");
                return null;
            })).hasMessageContaining("Could not write");
            int n = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM sources")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(n).isZero();
        }
    }

    @Test
    void anUpgradeFirstCopiesTheFileAndTheCopyCanBePutBack() throws Exception {
        Path file = dir.resolve("old.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             java.sql.Statement st = c.createStatement()) {
            for (String sql : Migrations.ALL.get(0).statements()) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO sources(id, name) VALUES ('vna', 'VNA / VietnamPlus')");
        }
        byte[] before = java.nio.file.Files.readAllBytes(file);
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
        Path backup = UpgradeCopies.of(file.toAbsolutePath(), 1);
        assertThat(UpgradeCopies.all(file)).containsExactly(backup);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + backup);
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        Path kept = UpgradeCopies.restore(file, backup);
        assertThat(java.nio.file.Files.exists(kept)).isTrue();
        assertThat(java.nio.file.Files.readAllBytes(file)).hasSameSizeAs(before);
        try (Database db = Database.open(file)) { // and it upgrades again, as before
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void twoProgramsOnOneFileBothReadAndWrite() throws Exception {
        Path file = dir.resolve("shared.db");
        try (vn.bantin.app.AppContext one = vn.bantin.app.AppContext.open(file);
             vn.bantin.app.AppContext two = vn.bantin.app.AppContext.open(file)) {
            one.importSamples();
            var a = two.articles().page(vn.bantin.domain.ArticleQuery.ALL, null, 5).items();
            assertThat(a).hasSize(5);
            two.statuses().setBookmarked(a.get(0).key(), true);
            assertThat(one.statuses().get(a.get(0).key()).bookmarked()).isTrue();
        }
    }

    @Test
    void bookmarkingAndReadingWhileALargeImportWritesNeverMeetsALockedDatabase() throws Exception {
        Path file = dir.resolve("busy.db");
        try (vn.bantin.app.AppContext importer = vn.bantin.app.AppContext.open(file);
             vn.bantin.app.AppContext reader = vn.bantin.app.AppContext.open(file)) {
            importer.importSamples();
            var keys = reader.articles().page(vn.bantin.domain.ArticleQuery.ALL, null, 10).items();
            java.util.List<vn.bantin.ingest.ImportService.Document> docs = new java.util.ArrayList<>();
            var provinces = new java.util.ArrayList<>(vn.bantin.data.Gazetteer.standard().provinces());
            java.util.Random rnd = new java.util.Random(3);
            for (int i = 0; i < 1500; i++) {
                docs.add(new vn.bantin.ingest.ImportService.Document("b" + i + ".txt",
                        vn.bantin.app.bench.BenchPages.page(i, rnd, provinces).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            var job = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> importer.importer().importDocuments(docs, vn.bantin.ingest.ImportService.Progress.NONE));
            int rounds = 0;
            while (!job.isDone() || rounds < 50) {
                var k = keys.get(rounds % keys.size()).key();
                reader.statuses().setBookmarked(k, rounds % 2 == 0);
                reader.statuses().setRead(k, true);
                reader.articles().page(vn.bantin.domain.ArticleQuery.ALL, null, 50);
                reader.articles().countsByProvince(vn.bantin.domain.ArticleQuery.ALL);
                rounds++;
            }
            assertThat(job.get()).hasSize(1500).allSatisfy(r -> assertThat(r.status()).isEqualTo(vn.bantin.ingest.ImportService.Status.IMPORTED));
            assertThat(rounds).isGreaterThan(50);
        }
    }

    @Test
    void anotherProgramsDatabaseIsRefusedNamedAndLeftExactlyAsItWas() throws Exception {
        Path history = dir.resolve("places.sqlite");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + history); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)");
            st.execute("CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER)");
            st.execute("INSERT INTO moz_places(url) VALUES ('https://vnexpress.net/')");
        }
        byte[] before = Files.readAllBytes(history);
        assertThatThrownBy(() -> Database.open(history)).isInstanceOf(DatabaseRefusedException.class)
                .hasMessageContaining(history.toAbsolutePath().toString())
                .hasMessageContaining("not a Bantin database: it looks like Firefox’s history and bookmarks")
                .hasMessageContaining("moz_bookmarks, moz_places").hasMessageContaining("untouched");
        assertThat(Files.readAllBytes(history)).isEqualTo(before);
        assertThat(dir.resolve("places.sqlite-wal")).doesNotExist();
    }

    @Test
    void aFileAnotherProgramMarkedAsItsOwnIsRefusedEvenWhenEmpty() throws Exception {
        Path other = dir.resolve("other.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = 1234");
        }
        byte[] before = Files.readAllBytes(other);
        assertThatThrownBy(() -> Database.open(other)).isInstanceOf(DatabaseRefusedException.class)
                .hasMessageContaining("application id 0x000004D2");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void newFilesAndBantinFilesFromBeforeTheMarkAreMarkedAsBantins() throws Exception {
        Path fresh = dir.resolve("fresh.db");
        try (Database db = Database.open(fresh)) {
            assertThat(db.read(Ownership::applicationId)).isEqualTo(Ownership.APPLICATION_ID);
        }
        Path old = dir.resolve("old.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement st = c.createStatement()) {
            for (int v = 0; v < 4; v++) {
                for (String sql : Migrations.ALL.get(v).statements()) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 4");
        }
        try (Database db = Database.open(old)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(db.read(Ownership::applicationId)).isEqualTo(Ownership.APPLICATION_ID);
        }
    }

    @Test
    void aWriteRefusedWhileAnotherProgramHeldTheFileSucceedsOnceItLetsGo() throws Exception {
        Path f = dir.resolve("shared.db");
        try (Database db = Database.open(f)) {
            db.inTransaction(c -> c.createStatement().executeUpdate("CREATE TABLE scratch (t TEXT)"));
            try (var other = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                assertThatThrownBy(() -> db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO scratch VALUES ('a')")))
                        .hasMessageContaining("another program holds the file locked");
                st.execute("ROLLBACK");
            }
            db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO scratch VALUES ('b')"));
            db.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO scratch VALUES ('c')"));
            String notes = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT group_concat(t) FROM scratch")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(notes).isEqualTo("b,c");
        }
    }

    @Test
    void openingWritesTheShippedProvinceNamesOnlyWhenTheFileHoldsOthers() throws Exception {
        Path f = dir.resolve("names.db");
        try (Database db = Database.open(f)) {
            ProvinceTables.mirror(db, vn.bantin.data.Gazetteer.standard());
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("UPDATE provinces SET name_en = 'Danang (old spelling)' WHERE id = 'da-nang'");
        }
        try (Database db = Database.open(f)) {
            ProvinceTables.mirror(db, vn.bantin.data.Gazetteer.standard());
            long afterFix = db.statementsPrepared();
            ProvinceTables.mirror(db, vn.bantin.data.Gazetteer.standard());
            assertThat(db.statementsPrepared() - afterFix).as("a second look writes nothing: the two reads only").isEqualTo(2);
            String name = db.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT name_en FROM provinces WHERE id = 'da-nang'")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(name).isEqualTo("Da Nang");
        }
    }
}
