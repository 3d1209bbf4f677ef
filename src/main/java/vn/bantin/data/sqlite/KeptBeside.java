package vn.bantin.data.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.bantin.data.ArticleRepository;

/** What is kept beside the articles: their pictures, the inputs they were read from, and the file's markers. */
final class KeptBeside {
    private final Database db;

    KeptBeside(Database db) {
        this.db = db;
    }

    public List<vn.bantin.domain.ArticleImage> images(long articleKey) {
        return db.read(c -> {
            List<vn.bantin.domain.ArticleImage> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT ai.url, i.mime, i.bytes, ai.caption FROM article_images ai JOIN images i ON i.id = ai.image_id
                    WHERE ai.article_id = ? ORDER BY ai.position""")) {
                ps.setLong(1, articleKey);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new vn.bantin.domain.ArticleImage(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    public void forEachRaw(int batchSize, Consumer<List<ArticleRepository.RawArticle>> sink) {
        long last = 0;
        while (true) {
            long from = last;
            List<ArticleRepository.RawArticle> batch = db.read(c -> {
                List<ArticleRepository.RawArticle> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT a.id, a.uid, a.raw_name, t.raw_input, a.imported_at, t.body, a.title, a.lead FROM articles a"
                                + " JOIN article_texts t ON t.article_id = a.id WHERE a.id > ? ORDER BY a.id LIMIT ?")) {
                    ps.setLong(1, from);
                    ps.setInt(2, batchSize);
                    out.addAll(rawRows(ps));
                }
                return out;
            });
            if (batch.isEmpty()) {
                return;
            }
            sink.accept(batch);
            last = batch.get(batch.size() - 1).key();
        }
    }

    /** Rows of (id, uid, raw_name, raw_input, imported_at, body, title, lead): the raw input's dictionary is the last three. */
    static List<ArticleRepository.RawArticle> rawRows(PreparedStatement ps) throws SQLException {
        List<ArticleRepository.RawArticle> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ArticleRepository.RawArticle(rs.getLong(1), rs.getString(2), rs.getString(3),
                        StoredText.raw(ps.getConnection(), rs.getBytes(4), rs.getObject(6), rs.getString(7), rs.getString(8)), Instant.parse(rs.getString(5))));
            }
        }
        return out;
    }

    public java.util.OptionalInt marker(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT n FROM counts WHERE name = ?")) {
                ps.setString(1, "marker:" + name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? java.util.OptionalInt.of(rs.getInt(1)) : java.util.OptionalInt.empty();
                }
            }
        });
    }

    public void setMarker(String name, int value) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO counts(name, n) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET n = excluded.n")) {
                ps.setString(1, "marker:" + name);
                ps.setInt(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
