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
    public java.util.List<Long> markStoriesRead(java.util.Collection<Long> articleKeys) {
        return db.inTransaction(c -> {
            java.util.Set<Long> all = new java.util.LinkedHashSet<>(articleKeys);
            try (PreparedStatement members = c.prepareStatement("SELECT other.article_id FROM article_stories mine"
                    + " JOIN article_stories other ON other.story_id = mine.story_id WHERE mine.article_id = ?")) {
                for (long k : articleKeys) {
                    members.setLong(1, k);
                    try (java.sql.ResultSet rs = members.executeQuery()) {
                        while (rs.next()) {
                            all.add(rs.getLong(1));
                        }
                    }
                }
            }
            java.util.List<Long> wereUnread = new java.util.ArrayList<>();
            try (PreparedStatement was = c.prepareStatement("SELECT COALESCE((SELECT read FROM article_status WHERE article_id = ?), 0)");
                 PreparedStatement mark = c.prepareStatement("""
                         INSERT INTO article_status(article_id, read) VALUES (?, 1)
                         ON CONFLICT(article_id) DO UPDATE SET read = 1""")) {
                for (long k : all) {
                    was.setLong(1, k);
                    try (java.sql.ResultSet rs = was.executeQuery()) {
                        if (rs.next() && rs.getInt(1) == 0) {
                            wereUnread.add(k);
                            mark.setLong(1, k);
                            mark.executeUpdate();
                        }
                    }
                }
            }
            return wereUnread;
        });
    }

    @Override
    public void markUnread(java.util.Collection<Long> articleKeys) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE article_status SET read = 0 WHERE article_id = ?")) {
                for (long k : articleKeys) {
                    ps.setLong(1, k);
                    ps.executeUpdate();
                }
            }
            return null;
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
