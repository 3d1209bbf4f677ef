package vn.bantin.data.sqlite;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import vn.bantin.data.DatabaseRefusedException;
import vn.bantin.data.StoreException;

/**
 * One SQLite file. Writes go through one connection under a lock, each in a transaction; reads use a second
 * connection so that, in WAL mode, the reader never waits for an import.
 */
public final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path file;
    private final CountedConnection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final ReentrantLock asideLock = new ReentrantLock();
    private Connection aside;

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Statements made on the connections since the file was opened (its setup left out). */
    private final java.util.concurrent.atomic.AtomicLong statements;
    private volatile boolean wrote;

    private Database(Path file, CountedConnection writer, Connection reader, java.util.concurrent.atomic.AtomicLong statements) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
        this.statements = statements;
        statements.set(0);
    }

    /** Statements prepared since the file was opened: what a reader's action costs, which a test can count. */
    public long statementsPrepared() {
        return statements.get();
    }

    /**
     * Opens (creating if absent) and migrates the file. A file that is not SQLite, that a newer Bantin wrote,
     * or that cannot be written is refused and left exactly as it was.
     */
    public static Database open(Path file) {
        Path abs = file.toAbsolutePath();
        checkBeforeOpening(abs);
        java.util.concurrent.atomic.AtomicLong statements = new java.util.concurrent.atomic.AtomicLong();
        CountedConnection w = null;
        Connection r = null;
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            w = connect(abs, statements);
            Ownership.check(w, abs);
            int version = userVersion(w);
            if (version > Migrations.latestVersion()) {
                throw new DatabaseRefusedException(abs, t("db.newer", String.valueOf(version), String.valueOf(Migrations.latestVersion())));
            }
            useWal(w, version == 0);
            try (Statement st = w.createStatement()) {
                st.execute("PRAGMA synchronous=NORMAL");
                // 32 MB of log before a checkpoint (the default is 4 MB): an index page changed by several import
                // batches in a row is copied into the file once, not once per batch
                st.execute("PRAGMA wal_autocheckpoint=8192");
            }
            if (version > 0 && version < Migrations.latestVersion()) {
                UpgradeCopies.take(w, UpgradeCopies.of(abs, version));
            }
            Migrations.migrate(w);
            Ownership.claim(w);
            r = connect(abs, statements);
            return new Database(abs, w, r, statements);
        } catch (DatabaseRefusedException e) {
            closeQuietly(w);
            throw e;
        } catch (SQLException e) {
            closeQuietly(w);
            closeQuietly(r);
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("SQLITE_NOTADB") || msg.contains("not a database") || msg.contains("SQLITE_CORRUPT")) {
                throw new DatabaseRefusedException(abs, t("db.notSqliteOrDamaged"));
            }
            if (msg.contains("SQLITE_READONLY") || msg.contains("readonly")) {
                throw new DatabaseRefusedException(abs, t("db.readOnlyFile"));
            }
            throw new StoreException(t("db.couldNotOpen", abs, msg), e);
        } catch (IOException e) {
            throw new StoreException(t("db.couldNotCreateFolder", abs, e.getMessage()), e);
        }
    }

    /**
     * Two Bantins creating one new file together both turn it to WAL; the one that finds the other midway is told
     * "database is locked" at once, without the busy timeout (SQLite's way out of two readers both wanting to
     * write), so it asks again for as long as the timeout would have waited.
     */
    private static void useWal(Connection w, boolean fresh) throws SQLException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Statement st = w.createStatement()) {
                if (fresh) { // 8 KB pages hold three deflated article texts, 4 KB one; a file made before keeps its own
                    st.execute("PRAGMA page_size = " + SqliteTextCompactor.PAGE_SIZE);
                }
                st.execute("PRAGMA journal_mode=WAL");
                return;
            } catch (SQLException e) {
                String msg = String.valueOf(e.getMessage());
                if (!(msg.contains("SQLITE_BUSY") || msg.contains("locked")) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void checkBeforeOpening(Path abs) {
        if (!Files.exists(abs)) {
            return;
        }
        if (Files.isDirectory(abs)) {
            throw new DatabaseRefusedException(abs, t("db.isFolder"));
        }
        try {
            long size = Files.size(abs);
            if (size == 0) {
                return;
            }
            byte[] head = new byte[SQLITE_HEADER.length];
            int n;
            try (InputStream in = Files.newInputStream(abs)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n < head.length || !Arrays.equals(head, SQLITE_HEADER)) {
                throw new DatabaseRefusedException(abs, t("db.notSqlite"));
            }
            if (size < 512) {
                throw new DatabaseRefusedException(abs, t("db.truncated"));
            }
        } catch (IOException e) {
            throw new DatabaseRefusedException(abs, t("reason.unreadable", e.getMessage()));
        }
        if (!Files.isWritable(abs)) {
            throw new DatabaseRefusedException(abs, t("db.readOnlyFile"));
        }
    }

    private static CountedConnection connect(Path abs, java.util.concurrent.atomic.AtomicLong statements) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        // BEGIN IMMEDIATE: a transaction takes the write lock when it starts, waiting (busy_timeout) for another
        // writer. A deferred one that reads first cannot wait when it comes to write after someone else did; it
        // fails at once with "database is locked" (another window's import, a sync, the command line).
        p.setProperty("transaction_mode", "IMMEDIATE");
        CountedConnection c = new CountedConnection(abs, p, statements);
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys=ON");
            st.execute("PRAGMA busy_timeout=10000");
            // 64 MB of page cache: index inserts land all over a large file, and the 2 MB default thrashes
            st.execute("PRAGMA cache_size=-65536");
        }
        return c;
    }

    /**
     * Whether the write failed for want of room: SQLite rolls a transaction back by itself when the disk fills, so
     * the error that reaches us may be a later one ("no transaction is active"); the room left is the truth.
     */
    private boolean full() {
        try {
            if (Files.getFileStore(file).getUsableSpace() < 4L * 1024 * 1024) {
                return true;
            }
            try (Statement st = writer.createStatement();
                 ResultSet pages = st.executeQuery("SELECT (SELECT page_count FROM pragma_page_count()),"
                         + " (SELECT max_page_count FROM pragma_max_page_count())")) {
                return pages.next() && pages.getLong(2) - pages.getLong(1) < 16;
            }
        } catch (IOException | SQLException | RuntimeException e) {
            return false;
        }
    }

    /** What a failed write means, in words a reader can act on; nothing already stored was lost. */
    static String explain(Exception e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("SQLITE_FULL") || m.contains("disk is full") || m.contains("No space left")) {
            return t("db.full");
        }
        if (m.contains("SQLITE_READONLY") || m.contains("readonly")) {
            return t("db.readOnly");
        }
        if (m.contains("SQLITE_BUSY") || m.contains("database is locked")) {
            return t("db.locked");
        }
        if (m.contains("no transaction is active")) {
            // SQLite ends a transaction itself when the disk fills, fails, or another program holds the file
            return t("db.abandoned");
        }
        if (m.contains("SQLITE_IOERR") || m.contains("disk I/O error")) {
            return t("db.ioError", m);
        }
        return m;
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return read(Database::userVersion);
    }

    /** Runs {@code work} in one transaction on the write connection: all of it is stored, or none. */
    /**
     * Set in the tests (system property bantin.sql.offFxThread=true): SQL on the JavaFX thread would freeze the
     * window behind a long import, so there it is an error instead of a stall.
     */
    private static final boolean GUARD_FX_THREAD = Boolean.getBoolean("bantin.sql.offFxThread");

    private static void checkThread() {
        if (GUARD_FX_THREAD && "JavaFX Application Thread".equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("SQL on the JavaFX thread");
        }
    }

    public <T> T inTransaction(SqlWork<T> work) {
        checkThread();
        writeLock.lock();
        // The transaction is begun and ended by statements, not by the driver's auto-commit switch: when BEGIN
        // waits out another program's lock and fails, the driver would believe a transaction open that SQLite
        // never began, and every later write would fail with "no transaction is active".
        try (Statement tx = writer.createStatement()) {
            tx.execute("BEGIN IMMEDIATE");
            wrote = true;
            try {
                T result = work.run(writer);
                tx.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(tx);
                if (e instanceof RuntimeException re) {
                    throw re;
                }
                throw new StoreException(t("db.couldNotWrite", file, full() ? explain(new SQLException("SQLITE_FULL"))
                        : explain(e)), e);
            }
        } catch (SQLException e) {
            throw new StoreException(t("db.couldNotWrite", file, full() ? explain(new SQLException("SQLITE_FULL"))
                    : explain(e)), e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * A number that changes whenever another connection to the file — another program, or this one's other
     * windows and command lines — commits; empty while this process is writing (its own writes are told by
     * their callers). SQLite's data_version on the write connection, which its own commits leave alone.
     */
    public java.util.OptionalLong othersVersion() {
        if (!writeLock.tryLock()) {
            return java.util.OptionalLong.empty();
        }
        try (Statement st = writer.uncountedStatement(); java.sql.ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            return rs.next() ? java.util.OptionalLong.of(rs.getLong(1)) : java.util.OptionalLong.empty();
        } catch (SQLException e) {
            return java.util.OptionalLong.empty(); // closing, or the file is gone: nothing to tell
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * A long read that may trail behind (the days under the map: seconds at 1,000,000 articles) on a connection of
     * its own, made when first needed: on the read connection it held every list page and number waiting behind it.
     */
    public <T> T readAside(SqlWork<T> work) {
        checkThread();
        asideLock.lock();
        try {
            if (aside == null) {
                aside = connect(file, statements);
            }
            return work.run(aside);
        } catch (SQLException e) {
            throw new StoreException(t("db.couldNotRead", file, e.getMessage()), e);
        } finally {
            asideLock.unlock();
        }
    }

    /** As {@link #read(SqlWork)}, stopped when {@code abandoned}: then {@link vn.bantin.data.ReadAbandonedException}. */
    public <T> T read(SqlWork<T> work, java.util.function.BooleanSupplier abandoned) {
        return read(c -> AbandonableRead.run(c, work, abandoned));
    }

    /** Runs a read on the read connection. */
    public <T> T read(SqlWork<T> work) {
        checkThread();
        readLock.lock();
        try {
            return work.run(reader);
        } catch (SQLException e) {
            throw new StoreException(t("db.couldNotRead", file, e.getMessage()), e);
        } finally {
            readLock.unlock();
        }
    }

    private void rollbackQuietly(Statement tx) {
        try {
            tx.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls back by itself on a full disk or an I/O error: then there is nothing left to undo
            if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                LOG.log(System.Logger.Level.WARNING, "rollback failed on " + file, e);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        asideLock.lock();
        try {
            closeQuietly(reader);
            closeQuietly(aside);
            // a nicety for the next open's queries: only after this process wrote, and never waiting for
            // another program's write (a `list` beside a running import ends at once)
            try (Statement st = writer.createStatement()) {
                if (wrote) {
                    st.execute("PRAGMA busy_timeout=0");
                    st.execute("PRAGMA optimize");
                }
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.DEBUG, "optimize on close failed", e);
            }
            closeQuietly(writer);
        } finally {
            asideLock.unlock();
            readLock.unlock();
            writeLock.unlock();
        }
    }
}
