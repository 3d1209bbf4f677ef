package vn.bantin.data.sqlite;

import static vn.bantin.i18n.Texts.t;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.bantin.data.ArticleRepository;
import vn.bantin.data.FeedRepository;
import vn.bantin.data.StoreException;
import vn.bantin.domain.ArticleImage;
import vn.bantin.domain.Feed;
import vn.bantin.domain.NewArticle;
import vn.bantin.domain.SyncedItem;

public final class SqliteFeedRepository implements FeedRepository {
    private static final String FEED_COLUMNS = """
            f.id, f.url, f.title, f.site_url, f.etag, f.last_modified, f.last_sync, f.last_status,
            (SELECT count(*) FROM feed_items fi LEFT JOIN article_status st ON st.article_id = fi.article_id
             WHERE fi.feed_id = f.id AND fi.article_id IS NOT NULL AND COALESCE(st.read, 0) = 0)""";

    private final Database db;
    private final SqliteArticleRepository articles;

    public SqliteFeedRepository(Database db, SqliteArticleRepository articles) {
        this.db = db;
        this.articles = articles;
    }

    @Override
    public Feed add(String url, String title, String siteUrl) {
        long id = db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO feeds(url, title, site_url, added_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT(url) DO NOTHING""")) {
                ps.setString(1, url);
                ps.setString(2, title == null || title.isBlank() ? url : title.strip());
                ps.setString(3, siteUrl);
                ps.setString(4, Instant.now().toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM feeds WHERE url = ?")) {
                ps.setString(1, url);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return find(id).orElseThrow();
    }

    @Override
    public Optional<Feed> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + FEED_COLUMNS + " FROM feeds f WHERE f.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(feed(rs)) : Optional.<Feed>empty();
                }
            }
        });
    }

    @Override
    public List<Feed> list() {
        return db.read(c -> {
            List<Feed> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + FEED_COLUMNS + " FROM feeds f ORDER BY f.title COLLATE NOCASE, f.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(feed(rs));
                }
            }
            return out;
        });
    }

    private static Feed feed(ResultSet rs) throws SQLException {
        String sync = rs.getString(7);
        return new Feed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                sync == null ? null : Instant.parse(sync), rs.getString(8), rs.getLong(9));
    }

    @Override
    public void rename(long id, String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a feed needs a name");
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE feeds SET title = ? WHERE id = ?")) {
                ps.setString(1, title.strip());
                ps.setLong(2, id);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException(t("db.noFeed", String.valueOf(id)), null);
                }
            }
            return null;
        });
    }

    @Override
    public int remove(long id, boolean deleteArticles) {
        return db.inTransaction(c -> {
            List<Long> doomed = new ArrayList<>();
            if (deleteArticles) {
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT fi.article_id FROM feed_items fi
                        LEFT JOIN article_status st ON st.article_id = fi.article_id
                        WHERE fi.feed_id = ? AND fi.article_id IS NOT NULL AND COALESCE(st.bookmarked, 0) = 0
                          AND NOT EXISTS (SELECT 1 FROM feed_items o WHERE o.article_id = fi.article_id AND o.feed_id <> fi.feed_id)""")) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            doomed.add(rs.getLong(1));
                        }
                    }
                }
            }
            ArticleDeletion.delete(c, doomed);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM feeds WHERE id = ?")) {
                ps.setLong(1, id);
                if (ps.executeUpdate() == 0) {
                    throw new StoreException(t("db.noFeed", String.valueOf(id)), null);
                }
            }
            return doomed.size();
        });
    }

    @Override
    public java.util.Optional<SummaryOnly> summaryOnly(long articleKey) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT fi.feed_id, fi.guid, fi.entry_updated, a.url, a.title"
                    + " FROM feed_items fi JOIN articles a ON a.id = fi.article_id"
                    + " WHERE fi.article_id = ? AND fi.entry_updated LIKE 'summary-only:%' LIMIT 1")) {
                ps.setLong(1, articleKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(new SummaryOnly(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5))) : java.util.Optional.<SummaryOnly>empty();
                }
            }
        });
    }

    @Override
    public Map<String, String> entries(long feedId) {
        return db.read(c -> entries(c, feedId));
    }

    private static Map<String, String> entries(Connection c, long feedId) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT guid, entry_updated FROM feed_items WHERE feed_id = ?")) {
            ps.setLong(1, feedId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    @Override
    public void recordSync(long id, String etag, String lastModified, String status, Instant when) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE feeds SET etag = ?, last_modified = ?, last_status = ?, last_sync = ? WHERE id = ?")) {
                ps.setString(1, etag);
                ps.setString(2, lastModified);
                ps.setString(3, status);
                ps.setString(4, when.toString());
                ps.setLong(5, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Stored store(long feedId, List<SyncedItem> items) {
        if (items.isEmpty()) {
            return new Stored(0, 0);
        }
        return db.inTransaction(c -> {
            Map<String, String> known = entries(c, feedId);
            List<NewArticle> fresh = new ArrayList<>();
            List<NewArticle> changed = new ArrayList<>();
            for (SyncedItem i : items) {
                (known.containsKey(i.guid()) ? changed : fresh).add(i.article());
            }
            int inserted = (int) articles.insertAll(c, fresh).stream().filter(o -> o == ArticleRepository.Outcome.INSERTED).count();
            articles.replaceAll(c, changed);
            try (PreparedStatement key = c.prepareStatement("SELECT id FROM articles WHERE uid = ?");
                 PreparedStatement entry = c.prepareStatement("""
                         INSERT INTO feed_items(feed_id, guid, article_id, entry_updated) VALUES (?, ?, ?, ?)
                         ON CONFLICT(feed_id, guid) DO UPDATE SET article_id = excluded.article_id,
                                                                  entry_updated = excluded.entry_updated""");
                 PreparedStatement hasImages = c.prepareStatement("SELECT 1 FROM article_images WHERE article_id = ? LIMIT 1");
                 PreparedStatement image = c.prepareStatement(
                         "INSERT INTO images(sha256, mime, bytes) VALUES (?, ?, ?) ON CONFLICT(sha256) DO NOTHING");
                 PreparedStatement imageId = c.prepareStatement("SELECT id FROM images WHERE sha256 = ?");
                 PreparedStatement dropImages = c.prepareStatement("DELETE FROM article_images WHERE article_id = ?");
                 PreparedStatement link = c.prepareStatement(
                         "INSERT OR REPLACE INTO article_images(article_id, position, image_id, url, caption) VALUES (?, ?, ?, ?, ?)")) {
                for (SyncedItem i : items) {
                    key.setString(1, i.article().id());
                    long article;
                    try (ResultSet rs = key.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                        article = rs.getLong(1);
                    }
                    entry.setLong(1, feedId);
                    entry.setString(2, i.guid());
                    entry.setLong(3, article);
                    entry.setString(4, i.entryUpdated());
                    entry.executeUpdate();
                    hasImages.setLong(1, article);
                    boolean had;
                    try (ResultSet rs = hasImages.executeQuery()) {
                        had = rs.next();
                    }
                    if (known.containsKey(i.guid())) {
                        dropImages.setLong(1, article);
                        dropImages.executeUpdate();
                    } else if (had) {
                        continue; // the same article from another feed: its pictures are stored already
                    }
                    int position = 0;
                    for (ArticleImage img : i.images()) {
                        String sha = sha256(img.bytes());
                        image.setString(1, sha);
                        image.setString(2, img.mime());
                        image.setBytes(3, img.bytes());
                        image.executeUpdate();
                        imageId.setString(1, sha);
                        long imgKey;
                        try (ResultSet rs = imageId.executeQuery()) {
                            rs.next();
                            imgKey = rs.getLong(1);
                        }
                        link.setLong(1, article);
                        link.setInt(2, position++);
                        link.setLong(3, imgKey);
                        link.setString(4, img.url());
                        link.setString(5, img.caption());
                        link.executeUpdate();
                    }
                }
            }
            if (!changed.isEmpty()) {
                dropUnusedImages(c);
            }
            return new Stored(inserted, changed.size());
        });
    }

    private static void dropUnusedImages(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DELETE FROM images WHERE id NOT IN (SELECT image_id FROM article_images)");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
