package vn.bantin.data.sqlite;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * The driver's connection to the file, made without {@link java.sql.DriverManager} (which looks through every jar
 * for drivers the first time it is asked), counting the statements made on it: what a reader's action costs, which
 * a test can count. Every other way the driver makes a statement comes to one of the two counted here.
 */
final class CountedConnection extends JDBC4Connection {
    private final AtomicLong count;

    CountedConnection(Path file, Properties properties, AtomicLong count) throws SQLException {
        super("jdbc:sqlite:" + file, file.toString(), properties);
        this.count = count;
    }

    @Override
    public Statement createStatement(int type, int concurrency, int holdability) throws SQLException {
        counted();
        return super.createStatement(type, concurrency, holdability);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability) throws SQLException {
        counted();
        return super.prepareStatement(sql, type, concurrency, holdability);
    }

    /** Not while the driver sets the connection up, before the count is there: that is no reader's action. */
    private void counted() {
        if (count != null) {
            count.incrementAndGet();
        }
    }

    /** A statement left out of the count: the watch for other programs' writes asks all the time. */
    Statement uncountedStatement() throws SQLException {
        return super.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY, ResultSet.CLOSE_CURSORS_AT_COMMIT);
    }
}
