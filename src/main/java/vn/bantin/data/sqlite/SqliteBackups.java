package vn.bantin.data.sqlite;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import vn.bantin.data.BackupStore;
import vn.bantin.data.StoreException;

/**
 * Backups by SQLite's VACUUM INTO on a connection of their own: one read transaction, so the copy is the file as
 * it was when it began while the window and syncs go on writing (WAL lets them), compacted on the way; a progress
 * handler reports the bytes written and stops the copy when the reader cancels.
 */
public final class SqliteBackups implements BackupStore {
    private final Database db;

    public SqliteBackups(Database db) {
        this.db = db;
    }

    @Override
    public Contents backupTo(Path to, Progress progress, BooleanSupplier cancelled) {
        Path target = to.toAbsolutePath();
        if (target.equals(db.file())) {
            throw new StoreException(t("backup.sameFile", target));
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException(t("backup.noFolder", target, folder));
        }
        Path partial = folder.resolve("." + target.getFileName() + ".part");
        long total = size(db.file()) + size(Path.of(db.file() + "-wal"));
        boolean[] stopped = {false};
        try {
            Files.deleteIfExists(partial);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file());
                 PreparedStatement st = c.prepareStatement("VACUUM INTO ?")) {
                org.sqlite.ProgressHandler.setHandler(c, 20_000, new org.sqlite.ProgressHandler() {
                    @Override
                    protected int progress() {
                        progress.update(size(partial), total);
                        stopped[0] = cancelled.getAsBoolean();
                        return stopped[0] ? 1 : 0;
                    }
                });
                st.setString(1, partial.toString());
                st.execute();
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException(t("backup.cancelled", target));
            }
            Contents copied = check(partial);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            progress.update(size(target), size(target));
            return new Contents(target, copied.schema(), copied.articles(), copied.collections());
        } catch (SQLException e) {
            deleteQuietly(partial);
            if (stopped[0]) {
                throw new CancellationException(t("backup.cancelled", target));
            }
            throw new StoreException(t("backup.failed", target, e.getMessage()), e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException(t("backup.failed", target, e.getMessage()), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    @Override
    public Contents check(Path candidate) {
        return inspect(candidate);
    }

    /** {@link #check}, for a file that is not open (the app's restore, with its own file closed). */
    public static Contents inspect(Path candidate) {
        Path file = candidate.toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new StoreException(t("backup.notAFile", file));
        }
        java.util.Properties p = new java.util.Properties();
        p.setProperty("open_mode", "1"); // read-only: checking a file never changes it
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, p); Statement st = c.createStatement()) {
            int schema;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                schema = rs.next() ? rs.getInt(1) : 0;
            }
            if (schema < 1 || !hasTable(st, "articles")) {
                throw new StoreException(t("backup.notBantin", file));
            }
            if (schema > Migrations.latestVersion()) {
                throw new StoreException(t("backup.newer", file, schema, Migrations.latestVersion()));
            }
            try (ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                String said = rs.next() ? rs.getString(1) : "";
                if (!"ok".equals(said)) {
                    throw new StoreException(t("backup.damaged", file, said));
                }
            }
            long articles;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
                articles = rs.next() ? rs.getLong(1) : 0;
            }
            long collections = 0;
            if (hasTable(st, "collections")) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM collections")) {
                    collections = rs.next() ? rs.getLong(1) : 0;
                }
            }
            return new Contents(file, schema, articles, collections);
        } catch (SQLException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("NOTADB") || msg.contains("not a database") || msg.contains("CORRUPT") || msg.contains("malformed")) {
                throw new StoreException(t("backup.notBantin", file), e);
            }
            throw new StoreException(t("backup.unreadable", file, msg), e);
        }
    }

    private static boolean hasTable(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + name + "'")) {
            return rs.next();
        }
    }

    private static long size(Path p) {
        try {
            return Files.exists(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a partial copy left behind is named as one (".part") and replaced by the next backup
        }
    }
}
