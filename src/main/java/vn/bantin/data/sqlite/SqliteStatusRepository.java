package vn.bantin.data.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import vn.bantin.data.StatusRepository;
import vn.bantin.domain.ArticleStatus;

public final class SqliteStatusRepository implements StatusRepository {
    private final Database db;

    public SqliteStatusRepository(Database db) {
        this.db = db;
    }

    @Override
    public ArticleStatus get(long articleKey) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT read, bookmarked, bookmarked_at FROM article_status WHERE article_id = ?")) {
                ps.setLong(1, articleKey);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return ArticleStatus.NEW;
                    }
                    String at = rs.getString(3);
                    return new ArticleStatus(rs.getInt(1) != 0, rs.getInt(2) != 0, at == null ? null : Instant.parse(at));
                }
            }
        });
    }

    @Override
    public void setRead(long articleKey, boolean read) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO article_status(article_id, read) VALUES (?, ?)
                    ON CONFLICT(article_id) DO UPDATE SET read = excluded.read""")) {
                ps.setLong(1, articleKey);
                ps.setInt(2, read ? 1 : 0);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void setStoryRead(long articleKey, boolean read) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO article_status(article_id, read)
                    SELECT id, ? FROM (SELECT other.article_id AS id FROM article_stories mine
                                       JOIN article_stories other ON other.story_id = mine.story_id
                                       WHERE mine.article_id = ?
                                       UNION SELECT ?)
                    WHERE true
                    ON CONFLICT(article_id) DO UPDATE SET read = excluded.read""")) {
                ps.setInt(1, read ? 1 : 0);
                ps.setLong(2, articleKey);
                ps.setLong(3, articleKey);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void setBookmarked(long articleKey, boolean bookmarked) {
        String at = bookmarked ? Instant.now().toString() : null;
        db.inTransaction(c -> {
            // Bookmarking again keeps the first date: the list shows when the reader saved it.
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO article_status(article_id, bookmarked, bookmarked_at) VALUES (?, ?, ?)
                    ON CONFLICT(article_id) DO UPDATE SET
                      bookmarked_at = CASE WHEN excluded.bookmarked = 1 AND bookmarked = 1 THEN bookmarked_at
                                           ELSE excluded.bookmarked_at END,
                      bookmarked = excluded.bookmarked""")) {
                ps.setLong(1, articleKey);
                ps.setInt(2, bookmarked ? 1 : 0);
                ps.setString(3, at);
                return ps.executeUpdate();
            }
        });
    }
}
