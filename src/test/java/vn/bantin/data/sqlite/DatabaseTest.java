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
}
