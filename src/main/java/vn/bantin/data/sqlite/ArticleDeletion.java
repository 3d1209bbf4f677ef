package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Deleting articles inside a caller's transaction: their rows go (texts, tags, statuses, story rows follow by
 * foreign key), their search rows too (the index is contentless), a story that lost its lead gets the earliest of
 * what is left, and pictures no article uses any more are dropped.
 */
final class ArticleDeletion {
    private ArticleDeletion() {
    }

    static int delete(Connection c, Collection<Long> keys) throws SQLException {
        return delete(c, keys, true);
    }

    /** {@code dropPictures} false keeps the pictures for an Undo; {@link DeletedRows#forget} drops them later. */
    static int delete(Connection c, Collection<Long> keys, boolean dropPictures) throws SQLException {
        Set<Long> stories = new LinkedHashSet<>();
        int n = 0;
        try (PreparedStatement story = c.prepareStatement("SELECT story_id FROM article_stories WHERE article_id = ?");
             PreparedStatement index = c.prepareStatement("DELETE FROM article_search WHERE rowid = ?");
             PreparedStatement article = c.prepareStatement("DELETE FROM articles WHERE id = ?")) {
            for (long a : keys) {
                story.setLong(1, a);
                try (ResultSet rs = story.executeQuery()) {
                    if (rs.next()) {
                        stories.add(rs.getLong(1));
                    }
                }
                index.setLong(1, a);
                index.executeUpdate();
                article.setLong(1, a);
                n += article.executeUpdate();
            }
        }
        try (Stories rows = new Stories(c, null)) {
            for (long s : stories) {
                rows.chooseLead(s);
            }
        }
        if (n > 0 && dropPictures) {
            try (Statement st = c.createStatement()) {
                st.execute("DELETE FROM images WHERE id NOT IN (SELECT image_id FROM article_images)");
            }
        }
        return n;
    }
}
