package vn.bantin.data.sqlite;

import java.nio.file.Files;
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

/** {@link TextCompactor} on the SQLite file: a batch of rows a transaction, then {@code VACUUM}. */
public final class SqliteTextCompactor implements TextCompactor {
    private static final int BATCH = 500;
    private final Database db;

    public SqliteTextCompactor(Database db) {
        this.db = db;
    }

    private record Row(long id, String body, byte[] raw) {
    }

    @Override
    public Result compact(Progress progress, BooleanSupplier cancelled) {
        long before = size();
        long total = db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
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
            progress.update(done, total, false);
        }
        if (cancelled.getAsBoolean()) {
            return new Result(rewritten, before, size(), false);
        }
        progress.update(done, total, true);
        vacuum();
        return new Result(rewritten, before, size(), true);
    }

    /** One batch after {@code from}: rows looked at, rows rewritten, the last id. */
    private static long[] rewrite(Connection c, long from) throws SQLException {
        List<Row> plain = new ArrayList<>();
        long seen = 0;
        long last = from;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT article_id, body, raw_input FROM article_texts WHERE article_id > ? ORDER BY article_id LIMIT ?")) {
            ps.setLong(1, from);
            ps.setInt(2, BATCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seen++;
                    last = rs.getLong(1);
                    Object body = rs.getObject(2);
                    if (!(body instanceof byte[])) {
                        plain.add(new Row(last, StoredText.body(body), rs.getBytes(3)));
                    }
                }
            }
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE article_texts SET body = ?, raw_input = ? WHERE article_id = ?")) {
            for (Row r : plain) {
                up.setBytes(1, StoredText.packBody(r.body()));
                boolean none = r.raw() == null || r.raw().length == 0;
                up.setBytes(2, none ? r.raw() : StoredText.packRaw(StoredText.raw(r.raw(), r.body()), r.body()));
                up.setLong(3, r.id());
                up.addBatch();
            }
            up.executeBatch();
        }
        return new long[] {seen, plain.size(), last};
    }

    /** On a connection of its own, outside any transaction: it needs the file to itself for a moment at the end. */
    private void vacuum() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file());
             Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 10000");
            st.execute("VACUUM");
            // in WAL mode the smaller file is written to the log: the file itself shrinks at the checkpoint
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new StoreException("the texts are rewritten, but " + db.file() + " could not give the room back ("
                    + e.getMessage() + "); close other programs using it and run compact again", e);
        }
    }

    private long size() {
        try {
            return Files.size(db.file());
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
