package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleStatus;
import vn.bantin.domain.ProvinceTag;
import vn.bantin.domain.Source;

/** One whole article read back: its text, source, status, provinces and the other versions of its story. */
final class ArticleReads {
    private ArticleReads() {
    }

    private static final String ARTICLE_COLUMNS = """
            SELECT a.id, a.uid, a.source_id, s.name, s.homepage, a.url, a.title, a.lead, t.body, t.captions,
                   a.published_at, a.language, a.imported_at, COALESCE(st.read, 0), COALESCE(st.bookmarked, 0),
                   st.bookmarked_at, a.author
            FROM articles a JOIN article_texts t ON t.article_id = a.id JOIN sources s ON s.id = a.source_id
            LEFT JOIN article_status st ON st.article_id = a.id
            """;

    static Optional<Article> find(Database db, String idOrPrefix) {
        String id = idOrPrefix.strip().toLowerCase(java.util.Locale.ROOT);
        return db.read(c -> {
            List<Article> found = articles(c, ARTICLE_COLUMNS + " WHERE a.uid = ?", List.of(id));
            if (found.isEmpty() && id.length() >= 6) {
                found = articles(c, ARTICLE_COLUMNS + " WHERE a.uid >= ? AND a.uid < ? LIMIT 2", List.of(id, id + "\uffff"));
            }
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.<Article>empty();
        });
    }

    static Optional<Article> findByKey(Database db, long key) {
        return db.read(c -> articles(c, ARTICLE_COLUMNS + " WHERE a.id = ?", List.of(key)).stream().findFirst());
    }

    private static List<Article> articles(Connection c, String sql, List<Object> args) throws SQLException {
        List<Article> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqliteArticleRepository.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long key = rs.getLong(1);
                    Source source = new Source(rs.getString(3), rs.getString(4), rs.getString(5));
                    String bAt = rs.getString(16);
                    ArticleStatus status = new ArticleStatus(rs.getInt(14) != 0, rs.getInt(15) != 0,
                            bAt == null ? null : Instant.parse(bAt));
                    out.add(new Article(key, rs.getString(2), source, rs.getString(6), rs.getString(7), rs.getString(8),
                            split(StoredText.body(c, rs.getObject(9)), "\n\n"), split(rs.getString(10), "\n"), ListQueries.parseTime(rs.getString(11)),
                            rs.getString(12), Instant.parse(rs.getString(13)), List.of(), status, key, List.of(), rs.getString(17)));
                }
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        Map<Long, List<ProvinceTag>> tags = Tags.of(c, out.stream().map(Article::key).toList());
        Map<Long, StoryStore.StoryVersions> versions = StoryStore.versionsOf(c, out.stream().map(Article::key).toList());
        List<Article> withTags = new ArrayList<>();
        for (Article a : out) {
            StoryStore.StoryVersions sv = versions.get(a.key());
            withTags.add(new Article(a.key(), a.id(), a.source(), a.url(), a.title(), a.lead(), a.body(), a.captions(),
                    a.published(), a.language(), a.importedAt(), tags.getOrDefault(a.key(), List.of()), a.status(),
                    sv == null ? a.key() : sv.story(), sv == null ? List.of() : sv.versions(), a.author()));
        }
        return withTags;
    }

    private static List<String> split(String s, String sep) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(sep));
    }
}
