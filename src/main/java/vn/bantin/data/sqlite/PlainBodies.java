package vn.bantin.data.sqlite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.bantin.data.StoreException;

/**
 * The bodies of a Bantin file as plain text, in a side file the sqlite3 shell can read: bodies are packed with the
 * file's own zstd dictionary (decision 0017), which the shell cannot unpack. For the benchmarks' shell peers, which
 * read it before their clocks start.
 */
public final class PlainBodies {
    private PlainBodies() {
    }

    /** Table {@code bodies(article_id, body)} in {@code side}, made anew. */
    public static void write(Path db, Path side) {
        try {
            Files.deleteIfExists(side);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                 Connection out = DriverManager.getConnection("jdbc:sqlite:" + side)) {
                try (Statement st = out.createStatement()) {
                    st.execute("CREATE TABLE bodies (article_id INTEGER PRIMARY KEY, body TEXT NOT NULL)");
                }
                out.setAutoCommit(false);
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT article_id, body FROM article_texts ORDER BY article_id");
                     PreparedStatement ins = out.prepareStatement("INSERT INTO bodies(article_id, body) VALUES (?, ?)")) {
                    while (rs.next()) {
                        ins.setLong(1, rs.getLong(1));
                        ins.setString(2, StoredText.body(c, rs.getObject(2)));
                        ins.executeUpdate();
                    }
                }
                out.commit();
            }
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("the bodies of " + db + " could not be written to " + side + ": " + e.getMessage(), e);
        }
    }
}
