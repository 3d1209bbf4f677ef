package vn.bantin.data.sqlite;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import vn.bantin.data.StoryMatcher;
import vn.bantin.domain.Fingerprint;
import vn.bantin.domain.NewArticle;

/** Story rows inside the import transaction: candidates through the name index, the matcher's choice, the lead. */
final class Stories {
    private Stories() {
    }

    static Long day(OffsetDateTime published) {
        return published == null ? null : Math.floorDiv(published.toEpochSecond(), 86400L);
    }

    /** A stable 64-bit hash of a name (FNV-1a over its UTF-8 bytes). */
    static long keyHash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    static byte[] pack(int[] minhash) {
        ByteBuffer b = ByteBuffer.allocate(minhash.length * 4);
        for (int v : minhash) {
            b.putInt(v);
        }
        return b.array();
    }

    static int[] unpack(byte[] bytes) {
        if (bytes == null) {
            return new int[0];
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int[] out = new int[bytes.length / 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getInt();
        }
        return out;
    }

    /** Writes the story row and name keys of a just-stored article, joining an earlier story if the matcher says so. */
    static void assign(Connection c, StoryMatcher matcher, long key, NewArticle a) throws SQLException {
        Fingerprint fp = a.fingerprint();
        Long day = day(a.page().published());
        long story = key;
        if (fp != null && matcher != null && !fp.keys().isEmpty()) {
            List<StoryMatcher.Candidate> candidates = candidates(c, key, day, fp, matcher.windowDays());
            OptionalLong chosen = matcher.choose(a, day, candidates);
            if (chosen.isPresent()) {
                story = chosen.getAsLong();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO article_stories(article_id, story_id, lead, minhash) VALUES (?, ?, 0, ?)
                ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, minhash = excluded.minhash""")) {
            ps.setLong(1, key);
            ps.setLong(2, story);
            ps.setBytes(3, fp == null ? new byte[0] : pack(fp.minhash()));
            ps.executeUpdate();
        }
        if (fp != null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO story_keys(key, day, article_id) VALUES (?, ?, ?)")) {
                for (String k : fp.keys()) {
                    ps.setLong(1, keyHash(k));
                    ps.setLong(2, day == null ? -1 : day);
                    ps.setLong(3, key);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        chooseLead(c, story);
    }

    private static List<StoryMatcher.Candidate> candidates(Connection c, long self, Long day, Fingerprint fp, int window)
            throws SQLException {
        Map<Long, Integer> shared = new LinkedHashMap<>();
        String sql = day == null
                ? "SELECT article_id FROM story_keys WHERE key = ? ORDER BY day DESC LIMIT 200"
                : "SELECT article_id FROM story_keys WHERE key = ? AND ((day BETWEEN ? AND ?) OR day = -1) LIMIT 200";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String k : fp.keys()) {
                ps.setLong(1, keyHash(k));
                if (day != null) {
                    ps.setLong(2, day - window);
                    ps.setLong(3, day + window);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        if (id != self) {
                            shared.merge(id, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<StoryMatcher.Candidate> out = new ArrayList<>();
        try (PreparedStatement row = c.prepareStatement("""
                SELECT s.story_id, s.minhash, a.published_at,
                       (SELECT group_concat(province_id, ' ') FROM article_provinces ap
                        WHERE ap.article_id = a.id AND ap.relation = 'about')
                FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.article_id = ?""")) {
            for (Map.Entry<Long, Integer> e : shared.entrySet()) {
                row.setLong(1, e.getKey());
                try (ResultSet rs = row.executeQuery()) {
                    if (rs.next()) {
                        String published = rs.getString(3);
                        String about = rs.getString(4);
                        Set<String> ids = about == null ? Set.of() : new HashSet<>(List.of(about.split(" ")));
                        out.add(new StoryMatcher.Candidate(e.getKey(), rs.getLong(1),
                                published == null ? null : day(OffsetDateTime.parse(published)), unpack(rs.getBytes(2)),
                                e.getValue(), ids));
                    }
                }
            }
        }
        return out;
    }

    /** The story's lead is its earliest dated article (the first stored when none has a date). */
    static void chooseLead(Connection c, long story) throws SQLException {
        try (PreparedStatement clear = c.prepareStatement("UPDATE article_stories SET lead = 0 WHERE story_id = ? AND lead = 1");
             PreparedStatement set = c.prepareStatement("""
                     UPDATE article_stories SET lead = 1 WHERE article_id = (
                       SELECT s.article_id FROM article_stories s JOIN articles a ON a.id = s.article_id
                       WHERE s.story_id = ? ORDER BY a.published_at IS NULL, a.sort_ts, a.id LIMIT 1)""")) {
            clear.setLong(1, story);
            clear.executeUpdate();
            set.setLong(1, story);
            set.executeUpdate();
        }
    }
}
