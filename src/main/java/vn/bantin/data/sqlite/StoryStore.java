package vn.bantin.data.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bantin.data.ArticleRepository;
import vn.bantin.domain.Article;
import vn.bantin.domain.NewArticle;

/** Stories: which articles tell one event, their versions, and the reader's splits and merges. */
final class StoryStore {
    private final Database db;
    private final vn.bantin.data.StoryMatcher stories;

    StoryStore(Database db, vn.bantin.data.StoryMatcher stories) {
        this.db = db;
        this.stories = stories;
    }

    /** An article's story of several: its id and every version, earliest first. */
    record StoryVersions(long story, List<Article.Version> versions) {
    }

    /** For each article in a story of several, the story and its versions, in one statement for all the articles. */
    static Map<Long, StoryVersions> versionsOf(Connection c, List<Long> keys) throws SQLException {
        Map<Long, StoryVersions> out = new HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT mine.article_id, a.id, a.uid, src.name, a.title, mine.story_id"
                + " FROM article_stories mine"
                + " JOIN article_stories other ON other.story_id = mine.story_id"
                + " JOIN articles a ON a.id = other.article_id JOIN sources src ON src.id = a.source_id"
                + " WHERE mine.article_id IN (" + ListQueries.marks(keys.size()) + ")"
                + " AND (SELECT count(*) FROM article_stories n WHERE n.story_id = mine.story_id) > 1"
                + " ORDER BY mine.article_id, a.published_at IS NULL, a.sort_ts, a.id")) {
            SqliteArticleRepository.bind(ps, new ArrayList<>(keys));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long story = rs.getLong(6);
                    out.computeIfAbsent(rs.getLong(1), k -> new StoryVersions(story, new ArrayList<>())).versions()
                            .add(new Article.Version(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    static long storyOf(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM article_stories WHERE article_id = ?")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : key;
            }
        }
    }

    public List<ArticleRepository.StorySummary> stories(int limit) {
        return db.read(c -> {
            List<ArticleRepository.StorySummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.story_id, group_concat(a.uid, ' '), count(*)"
                    + " FROM article_stories s JOIN articles a ON a.id = s.article_id"
                    + " GROUP BY s.story_id ORDER BY max(a.sort_ts) DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ArticleRepository.StorySummary(rs.getLong(1), List.of(rs.getString(2).split(" "))));
                    }
                }
            }
            return out;
        });
    }

    public void splitFromStory(long articleKey) {
        db.inTransaction(c -> {
            long old = storyOf(c, articleKey);
            if (old == articleKey) {
                // The story is named after this article: the others carry on under the next article's key.
                long next = -1;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT min(article_id) FROM article_stories WHERE story_id = ? AND article_id <> ?")) {
                    ps.setLong(1, old);
                    ps.setLong(2, articleKey);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getObject(1) != null) {
                            next = rs.getLong(1);
                        }
                    }
                }
                if (next >= 0) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE article_stories SET story_id = ? WHERE story_id = ? AND article_id <> ?")) {
                        ps.setLong(1, next);
                        ps.setLong(2, old);
                        ps.setLong(3, articleKey);
                        ps.executeUpdate();
                    }
                }
                old = next;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE article_stories SET story_id = article_id, pinned = 1 WHERE article_id = ?")) {
                ps.setLong(1, articleKey);
                ps.executeUpdate();
            }
            try (Stories storyRows = new Stories(c, stories)) {
                if (old >= 0) {
                    storyRows.chooseLead(old);
                }
                storyRows.chooseLead(articleKey);
            }
            return null;
        });
    }

    public void mergeStories(long intoArticleKey, long otherArticleKey) {
        db.inTransaction(c -> {
            long into = storyOf(c, intoArticleKey);
            long other = storyOf(c, otherArticleKey);
            if (into != other) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE article_stories SET story_id = ?, pinned = 1 WHERE story_id IN (?, ?)")) {
                    ps.setLong(1, into);
                    ps.setLong(2, other);
                    ps.setLong(3, into);
                    ps.executeUpdate();
                }
                try (Stories storyRows = new Stories(c, stories)) {
                    storyRows.chooseLead(into);
                }
            }
            return null;
        });
    }

    public List<Long> storyMembers(long articleKey) {
        return db.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT other.article_id FROM article_stories mine"
                    + " JOIN article_stories other ON other.story_id = mine.story_id WHERE mine.article_id = ?")) {
                ps.setLong(1, articleKey);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            if (out.isEmpty()) {
                out.add(articleKey);
            }
            return out;
        });
    }

    public List<ArticleRepository.RawArticle> withoutFingerprint(int limit) {
        return db.read(c -> {
            List<ArticleRepository.RawArticle> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.uid, a.raw_name, t.raw_input, a.imported_at, t.body, a.title, a.lead"
                    + " FROM article_stories s JOIN articles a ON a.id = s.article_id"
                    + " JOIN article_texts t ON t.article_id = a.id"
                    + " WHERE s.minhash IS NULL ORDER BY a.sort_ts, a.id LIMIT ?")) {
                ps.setInt(1, limit);
                out.addAll(KeptBeside.rawRows(ps));
            }
            return out;
        });
    }

    public void regroup(List<NewArticle> batch, boolean reassign) {
        db.inTransaction(c -> {
            try (PreparedStatement find = c.prepareStatement("SELECT id FROM articles WHERE uid = ?");
                 PreparedStatement current = c.prepareStatement("SELECT pinned, story_id FROM article_stories WHERE article_id = ?");
                 PreparedStatement dropKeys = c.prepareStatement("DELETE FROM story_keys WHERE article_id = ?");
                 Stories storyRows = new Stories(c, stories)) {
                for (NewArticle a : batch) {
                    find.setString(1, a.id());
                    long key;
                    try (ResultSet rs = find.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                        key = rs.getLong(1);
                    }
                    current.setLong(1, key);
                    long oldStory = key;
                    boolean pinned = false;
                    try (ResultSet rs = current.executeQuery()) {
                        if (rs.next()) {
                            pinned = rs.getInt(1) == 1;
                            oldStory = rs.getLong(2);
                        }
                    }
                    if (pinned || !reassign) {
                        // the grouping stands; only the fingerprint is brought up to date
                        try (PreparedStatement fp = c.prepareStatement("UPDATE article_stories SET minhash = ? WHERE article_id = ?")) {
                            fp.setBytes(1, a.fingerprint() == null ? new byte[0] : Stories.pack(a.fingerprint().minhash()));
                            fp.setLong(2, key);
                            fp.executeUpdate();
                        }
                        continue;
                    }
                    dropKeys.setLong(1, key);
                    dropKeys.executeUpdate();
                    storyRows.assign(key, a);
                    storyRows.chooseLead(oldStory);
                }
            }
            return null;
        });
    }

}
