package vn.bantin.data.sqlite;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
        boolean alone = story == key;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO article_stories(article_id, story_id, lead, minhash) VALUES (?, ?, ?, ?)
                ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, lead = excluded.lead,
                                                      minhash = excluded.minhash""")) {
            ps.setLong(1, key);
            ps.setLong(2, story);
            ps.setInt(3, alone ? 1 : 0);
            ps.setBytes(4, fp == null ? new byte[0] : pack(fp.minhash()));
            ps.executeUpdate();
        }
        if (fp != null && matcher != null) {
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
        if (!alone) {
            chooseLead(c, story);
        }
    }

    /** How many rows one name may bring, and how many candidates are compared in full. */
    private static final int PER_KEY = 50;
    private static final int COMPARED = 30;
    /** Only an article's most repeated names look for candidates; the rest still count as shared names. */
    private static final int SEARCHED_KEYS = 6;

    private static List<StoryMatcher.Candidate> candidates(Connection c, long self, Long day, Fingerprint fp, int window)
            throws SQLException {
        Map<Long, Integer> shared = new LinkedHashMap<>();
        // Two index ranges per name (in the window; undated), never a scan of every day a common name was used.
        try (PreparedStatement inWindow = c.prepareStatement(
                "SELECT article_id FROM story_keys WHERE key = ? AND day BETWEEN ? AND ? LIMIT " + PER_KEY);
             PreparedStatement undated = c.prepareStatement(
                     "SELECT article_id FROM story_keys WHERE key = ? AND day = -1 LIMIT " + PER_KEY);
             PreparedStatement anyDay = c.prepareStatement(
                     "SELECT article_id FROM story_keys WHERE key = ? ORDER BY day DESC LIMIT " + PER_KEY)) {
            for (String k : fp.keys().subList(0, Math.min(SEARCHED_KEYS, fp.keys().size()))) {
                long h = keyHash(k);
                if (day != null) {
                    inWindow.setLong(1, h);
                    inWindow.setLong(2, day - window);
                    inWindow.setLong(3, day + window);
                    collect(inWindow, self, shared);
                    undated.setLong(1, h);
                    collect(undated, self, shared);
                } else {
                    anyDay.setLong(1, h);
                    collect(anyDay, self, shared);
                }
            }
        }
        List<Map.Entry<Long, Integer>> ranked = new ArrayList<>(shared.entrySet());
        ranked.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        if (ranked.size() > COMPARED) {
            ranked = ranked.subList(0, COMPARED);
        }
        List<StoryMatcher.Candidate> out = new ArrayList<>();
        if (ranked.isEmpty()) {
            return out;
        }
        Map<Long, Integer> sharedOf = new HashMap<>();
        ranked.forEach(e -> sharedOf.put(e.getKey(), e.getValue()));
        String marks = String.join(",", java.util.Collections.nCopies(ranked.size(), "?"));
        try (PreparedStatement rows = c.prepareStatement("SELECT s.article_id, s.story_id, s.minhash, a.published_at,"
                + " (SELECT group_concat(province_id, ' ') FROM article_provinces ap"
                + "  WHERE ap.article_id = a.id AND ap.relation = 'about'),"
                + " (SELECT count(*) FROM article_stories z WHERE z.story_id = s.story_id)"
                + " FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.article_id IN (" + marks + ")")) {
            int k = 1;
            for (Map.Entry<Long, Integer> e : ranked) {
                rows.setLong(k++, e.getKey());
            }
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    String published = rs.getString(4);
                    String about = rs.getString(5);
                    Set<String> ids = about == null ? Set.of() : new HashSet<>(List.of(about.split(" ")));
                    out.add(new StoryMatcher.Candidate(rs.getLong(1), rs.getLong(2),
                            published == null ? null : day(OffsetDateTime.parse(published)), unpack(rs.getBytes(3)),
                            sharedOf.get(rs.getLong(1)), ids, rs.getInt(6)));
                }
            }
        }
        return out;
    }

    private static void collect(PreparedStatement ps, long self, Map<Long, Integer> shared) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != self) {
                    shared.merge(id, 1, Integer::sum);
                }
            }
        }
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
