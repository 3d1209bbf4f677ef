package vn.bantin.data.sqlite;

import static vn.bantin.i18n.Texts.t;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.bantin.data.NoteRepository;
import vn.bantin.data.StoreException;
import vn.bantin.domain.Highlight;

public final class SqliteNoteRepository implements NoteRepository {
    private final Database db;

    public SqliteNoteRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> note(long articleKey) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT text FROM notes WHERE article_id = ?")) {
                ps.setLong(1, articleKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void setNote(long articleKey, String text) {
        db.inTransaction(c -> {
            exists(c, articleKey);
            if (text == null || text.isBlank()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM notes WHERE article_id = ?")) {
                    ps.setLong(1, articleKey);
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes(article_id, text, updated_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT(article_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at")) {
                    ps.setLong(1, articleKey);
                    ps.setString(2, text.strip());
                    ps.setString(3, Instant.now().toString());
                    ps.executeUpdate();
                }
            }
            reindex(c, articleKey);
            return null;
        });
    }

    @Override
    public List<Highlight> highlights(long articleKey) {
        return db.read(c -> {
            List<Highlight> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, start, end, quote, note FROM highlights WHERE article_id = ? ORDER BY start, id")) {
                ps.setLong(1, articleKey);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Highlight(rs.getLong(1), articleKey, rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Highlight addHighlight(long articleKey, int start, int end, String quote, String note) {
        if (start < 0 || end <= start || quote == null || quote.length() != end - start || quote.isBlank()) {
            throw new StoreException(t("highlight.bad"));
        }
        return db.inTransaction(c -> {
            exists(c, articleKey);
            String clean = note == null || note.isBlank() ? null : note.strip();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO highlights(article_id, start, end, quote, note, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, articleKey);
                ps.setInt(2, start);
                ps.setInt(3, end);
                ps.setString(4, quote);
                ps.setString(5, clean);
                ps.setString(6, Instant.now().toString());
                long id;
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                if (clean != null) {
                    reindex(c, articleKey);
                }
                return new Highlight(id, articleKey, start, end, quote, clean);
            }
        });
    }

    @Override
    public void setHighlightNote(long highlightId, String note) {
        db.inTransaction(c -> {
            long key = articleOf(c, highlightId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE highlights SET note = ? WHERE id = ?")) {
                ps.setString(1, note == null || note.isBlank() ? null : note.strip());
                ps.setLong(2, highlightId);
                ps.executeUpdate();
            }
            reindex(c, key);
            return null;
        });
    }

    @Override
    public void removeHighlight(long highlightId) {
        db.inTransaction(c -> {
            long key = articleOf(c, highlightId);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM highlights WHERE id = ?")) {
                ps.setLong(1, highlightId);
                ps.executeUpdate();
            }
            reindex(c, key);
            return null;
        });
    }

    /** The article's search row written again, with its notes as they are now. */
    private static void reindex(Connection c, long key) throws SQLException {
        try (PreparedStatement drop = c.prepareStatement("DELETE FROM article_search WHERE rowid = ?")) {
            drop.setLong(1, key);
            drop.executeUpdate();
        }
        SearchRows.write(c, List.of(key));
    }

    private static long articleOf(Connection c, long highlightId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM highlights WHERE id = ?")) {
            ps.setLong(1, highlightId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(t("highlight.none"));
                }
                return rs.getLong(1);
            }
        }
    }

    private static void exists(Connection c, long articleKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            ps.setLong(1, articleKey);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(t("note.noArticle"));
                }
            }
        }
    }
}
