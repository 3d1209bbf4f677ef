package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BooleanSupplier;
import org.sqlite.ProgressHandler;
import org.sqlite.SQLiteConnection;
import vn.bantin.data.ReadAbandonedException;

/**
 * A read its asker may give up. The window has one read connection: a count of every match of a prefix at a million
 * articles holds it for seconds, and the page of the next letter typed waited behind it. SQLite's progress handler
 * asks {@code abandoned} every few thousand steps of the statement running, and stops it when the answer is no
 * longer wanted.
 */
final class AbandonableRead {
    /** Virtual machine steps between two questions: a few ms of the slowest count, a small share of its time. */
    private static final int STEPS = 10_000;

    private AbandonableRead() {
    }

    static <T> T run(Connection c, Database.SqlWork<T> work, BooleanSupplier abandoned) throws SQLException {
        if (abandoned.getAsBoolean()) {
            throw new ReadAbandonedException();
        }
        SQLiteConnection sqlite = c.unwrap(SQLiteConnection.class);
        ProgressHandler.setHandler(sqlite, STEPS, new ProgressHandler() {
            @Override
            protected int progress() {
                return abandoned.getAsBoolean() ? 1 : 0;
            }
        });
        try {
            return work.run(c);
        } catch (SQLException e) {
            if (abandoned.getAsBoolean()) {
                throw new ReadAbandonedException();
            }
            throw e;
        } finally {
            ProgressHandler.clearHandler(sqlite);
            if (abandoned.getAsBoolean()) {
                endTransaction(c);
            }
        }
    }

    /** A read stopped between its BEGIN and its COMMIT would leave the connection reading an old snapshot. */
    private static void endTransaction(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            // "no transaction is active": the read ended its own, as it does when not stopped
        }
    }
}
