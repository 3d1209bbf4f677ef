package vn.bantin.data.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import vn.bantin.data.StoreException;
import vn.bantin.data.TextCompactor;

/** {@link TextCompactor} on the SQLite file: a batch of rows a transaction; then, the file closed, {@code VACUUM}. */
public final class SqliteTextCompactor implements TextCompactor {
    /** The page size of new files, and of files compacted: three deflated article texts fit in one. */
    public static final int PAGE_SIZE = 8192;
    private static final int BATCH = 500;
    private final Database db;

    public SqliteTextCompactor(Database db) {
        this.db = db;
    }

    private record Row(long id, byte[] body, byte[] raw) {
    }

    private record Signature(long id, byte[] minhash) {
    }

    @Override
    public long compact(Progress progress, BooleanSupplier cancelled) {
        long total = db.read(c -> {
            // the kept number (decision 0011), not a count of a million rows
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT n FROM counts WHERE name = 'articles'")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
        long done = 0;
        long rewritten = 0;
        long last = 0;
        while (!cancelled.getAsBoolean()) {
            long from = last;
            long[] batch = db.inTransaction(c -> rewrite(c, from));
            if (batch[0] == 0) {
                break;
            }
            done += batch[0];
            rewritten += batch[1];
            last = batch[2];
            progress.update(done, total);
        }
        long from = 0;
        while (!cancelled.getAsBoolean()) {
            long after = from;
            from = db.inTransaction(c -> signatures(c, after));
            if (from < 0) {
                break;
            }
        }
        if (!cancelled.getAsBoolean()) {
            try {
                db.inTransaction(c -> SearchRows.relayout(c, n -> {
                    progress.indexed(n, total);
                    return !cancelled.getAsBoolean();
                }));
            } catch (java.util.concurrent.CancellationException stopped) {
                // rolled back: the index is as it was, in its older order, and reads the same
            }
        }
        return rewritten;
    }

    /** One batch after {@code from}: rows looked at, rows rewritten, the last id. */
    private static long[] rewrite(Connection c, long from) throws SQLException {
        com.github.luben.zstd.ZstdDictCompress dictionary = TextDictionaries.forWriting(c);
        List<Row> stale = new ArrayList<>();
        long seen = 0;
        long last = from;
        try (PreparedStatement ps = c.prepareStatement("SELECT t.article_id, t.body, t.raw_input, a.title, a.lead"
                + " FROM article_texts t JOIN articles a ON a.id = t.article_id WHERE t.article_id > ? ORDER BY t.article_id LIMIT ?")) {
            ps.setLong(1, from);
            ps.setInt(2, BATCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seen++;
                    last = rs.getLong(1);
                    Object body = rs.getObject(2);
                    byte[] raw = rs.getBytes(3);
                    String title = rs.getString(4);
                    String lead = rs.getString(5);
                    boolean bodyStale = !(body instanceof byte[]) || (dictionary != null && !StoredText.withDictionary(body));
                    String text = StoredText.body(c, body);
                    // the raw input is deflated against the title, lead and body's text (which packing the body again
                    // does not change): rewritten only when it was deflated against less, or nothing
                    boolean rawStale = raw != null && raw.length > 0 && !StoredText.rawPackedWith(raw, title, lead, text);
                    if (bodyStale || rawStale) {
                        stale.add(new Row(last, bodyStale ? StoredText.packBody(text, dictionary) : (byte[]) body,
                                rawStale ? StoredText.packRaw(StoredText.raw(raw, () -> text, title, lead), title, lead, text) : raw));
                    }
                }
            }
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE article_texts SET body = ?, raw_input = ? WHERE article_id = ?")) {
            for (Row r : stale) {
                up.setBytes(1, r.body());
                up.setBytes(2, r.raw());
                up.setLong(3, r.id());
                up.addBatch();
            }
            up.executeBatch();
        }
        return new long[] {seen, stale.size(), last};
    }

    /** Story signatures after {@code from} kept with 32 bits a value, written with 16 (Stories.pack); the last id, or -1. */
    private static long signatures(Connection c, long from) throws SQLException {
        long last = -1;
        List<Signature> wide = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT article_id, minhash FROM article_stories WHERE article_id > ? ORDER BY article_id LIMIT 5000")) {
            ps.setLong(1, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    byte[] minhash = rs.getBytes(2);
                    if (!Stories.packedAsNow(minhash)) {
                        wide.add(new Signature(last, Stories.pack(Stories.unpack(minhash))));
                    }
                }
            }
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE article_stories SET minhash = ? WHERE article_id = ?")) {
            for (Signature w : wide) {
                up.setBytes(1, w.minhash());
                up.setLong(2, w.id());
                up.addBatch();
            }
            up.executeBatch();
        }
        return last;
    }

    /**
     * Gives the room freed back to the disk, and moves the file to {@link #PAGE_SIZE} pages; the file's size after.
     * Out of WAL mode for the while (the page size cannot change in it), so no other connection may be open: the
     * caller closes its own first, and another program's makes this fail with a message saying so.
     */
    public static long vacuum(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 10000");
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA page_size = " + PAGE_SIZE);
            st.execute("VACUUM");
            st.execute("PRAGMA journal_mode = WAL");
            return Files.size(file);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("the texts are rewritten, but " + file + " could not give the room back ("
                    + e.getMessage() + "); close other programs using it and run compact again", e);
        }
    }
}
