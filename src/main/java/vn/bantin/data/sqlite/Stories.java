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

/**
 * Story rows inside one write transaction: candidates through the name index, the matcher's choice, the
 * lead. Statements are prepared once per transaction, not once per article.
 */
final class Stories implements AutoCloseable {
    private final Connection c;
    private final StoryMatcher matcher;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Stories(Connection c, StoryMatcher matcher) {
        this.c = c;
        this.matcher = matcher;
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        statements.clear();
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

    /**
     * A signature as stored: the low 16 bits of each value (decision 0017). Two different values agree in them once in
     * 65,536, which moves a similarity estimated from 64 values by far less than its own error (±0.06); the file saves
     * 128 bytes an article. Rows written before hold all 32 bits, and compare the same way.
     */
    static byte[] pack(int[] minhash) {
        ByteBuffer b = ByteBuffer.allocate(minhash.length * 2);
        for (int v : minhash) {
            b.putShort((short) v);
        }
        return b.array();
    }

    static int[] unpack(byte[] bytes) {
        if (bytes == null) {
            return new int[0];
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (bytes.length == vn.bantin.domain.Fingerprint.SIZE * 4) {
            int[] out = new int[vn.bantin.domain.Fingerprint.SIZE];
            for (int i = 0; i < out.length; i++) {
                out[i] = b.getInt();
            }
            return out;
        }
        int[] out = new int[bytes.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getShort() & 0xffff;
        }
        return out;
    }

    /** Whether a stored signature is in the form {@link #pack} writes now. */
    static boolean packedAsNow(byte[] bytes) {
        return bytes == null || bytes.length != vn.bantin.domain.Fingerprint.SIZE * 4;
    }

    /** Writes the story row and name keys of a just-stored article, joining an earlier story if the matcher says so. */
    void assign(long key, NewArticle a) throws SQLException {
        Fingerprint fp = a.fingerprint();
        Long day = day(a.page().published());
        long story = key;
        if (fp != null && matcher != null && !fp.keys().isEmpty()) {
            List<StoryMatcher.Candidate> candidates = candidates(key, day, fp, matcher.windowDays());
            OptionalLong chosen = matcher.choose(a, day, candidates);
            if (chosen.isPresent()) {
                story = chosen.getAsLong();
            }
        }
        boolean alone = story == key;
        PreparedStatement row = statement("""
                INSERT INTO article_stories(article_id, story_id, lead, minhash) VALUES (?, ?, ?, ?)
                ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id, lead = excluded.lead,
                                                      minhash = excluded.minhash""");
        row.setLong(1, key);
        row.setLong(2, story);
        row.setInt(3, alone ? 1 : 0);
        row.setBytes(4, fp == null ? new byte[0] : pack(fp.minhash()));
        row.executeUpdate();
        if (fp != null && matcher != null) {
            // every name is indexed, though only the first few search: a later article's top name may be
            // one of this article's minor ones
            PreparedStatement keys = statement("INSERT OR IGNORE INTO story_keys(key, day, article_id) VALUES (?, ?, ?)");
            Set<String> placeWords = placeLike(fp);
            placeWords.removeAll(fp.places());
            for (String k : fp.keys()) {
                if (placeWords.contains(k)) {
                    continue; // "nang" of "da nang": never searched (see searched), so never stored
                }
                keys.setLong(1, keyHash(k));
                keys.setLong(2, day == null ? -1 : day);
                keys.setLong(3, key);
                keys.addBatch();
            }
            keys.executeBatch();
        }
        if (!alone) {
            joinLead(story, key);
        }
    }

    /**
     * A joining article takes the lead only when it is earlier than the present lead (the order of
     * {@link #chooseLead}), so most joins write nothing more than their own row.
     */
    private void joinLead(long story, long key) throws SQLException {
        PreparedStatement lead = statement("""
                SELECT s.article_id, a.published_at IS NULL, a.sort_ts FROM article_stories s
                JOIN articles a ON a.id = s.article_id WHERE s.story_id = ? AND s.lead = 1""");
        PreparedStatement mine = statement("SELECT published_at IS NULL, sort_ts FROM articles WHERE id = ?");
        long leadId;
        int leadUndated;
        long leadTs;
        lead.setLong(1, story);
        try (ResultSet rs = lead.executeQuery()) {
            if (!rs.next()) {
                chooseLead(story);
                return;
            }
            leadId = rs.getLong(1);
            leadUndated = rs.getInt(2);
            leadTs = rs.getLong(3);
            if (rs.next()) { // two leads: only a full choice mends that
                chooseLead(story);
                return;
            }
        }
        mine.setLong(1, key);
        int undated;
        long ts;
        try (ResultSet rs = mine.executeQuery()) {
            rs.next();
            undated = rs.getInt(1);
            ts = rs.getLong(2);
        }
        int order = undated != leadUndated ? Integer.compare(undated, leadUndated)
                : ts != leadTs ? Long.compare(ts, leadTs) : Long.compare(key, leadId);
        if (order < 0) {
            PreparedStatement set = statement("UPDATE article_stories SET lead = ? WHERE article_id = ?");
            set.setInt(1, 0);
            set.setLong(2, leadId);
            set.executeUpdate();
            set.setInt(1, 1);
            set.setLong(2, key);
            set.executeUpdate();
        }
    }

    /** How many rows one name may bring, and how many candidates are compared in full. */
    private static final int PER_KEY = 30;
    private static final int COMPARED = 12;
    /** Only an article's most repeated names look for candidates, and only those can be found shared. */
    private static final int SEARCHED_KEYS = 6;

    /**
     * The names that look for candidates: people and organisations first, since any version of a story repeats
     * them and few other stories of those days do; places only for an article that names nobody, else a
     * common place ("Hanoi") brings dozens of candidates that can never match.
     */
    static List<String> searched(Fingerprint fp) {
        Set<String> places = placeLike(fp);
        List<String> names = new ArrayList<>(SEARCHED_KEYS);
        for (String k : fp.keys()) {
            if (!places.contains(k) && names.size() < SEARCHED_KEYS) {
                names.add(k);
            }
        }
        if (names.isEmpty()) {
            for (String k : fp.keys()) {
                if (fp.places().contains(k) && names.size() < SEARCHED_KEYS) {
                    names.add(k);
                }
            }
        }
        return names;
    }

    private List<StoryMatcher.Candidate> candidates(long self, Long day, Fingerprint fp, int window) throws SQLException {
        List<String> names = searched(fp);
        Map<Long, Set<String>> matched = new LinkedHashMap<>();
        // one statement per name: its days in the window and the undated, each an index look-up, never a scan
        // of every day a common name was used
        String days = String.join(",", java.util.Collections.nCopies(2 * window + 2, "?"));
        PreparedStatement inWindow = statement(
                "SELECT article_id FROM story_keys WHERE key = ? AND day IN (" + days + ") LIMIT " + PER_KEY);
        PreparedStatement anyDay = statement("SELECT article_id FROM story_keys WHERE key = ? ORDER BY day DESC LIMIT " + PER_KEY);
        for (String k : names) {
            long h = keyHash(k);
            PreparedStatement ps;
            if (day != null) {
                ps = inWindow;
                ps.setLong(1, h);
                ps.setLong(2, -1);
                for (int d = 0; d <= 2 * window; d++) {
                    ps.setLong(3 + d, day - window + d);
                }
            } else {
                ps = anyDay;
                ps.setLong(1, h);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != self) {
                        matched.computeIfAbsent(id, x -> new HashSet<>()).add(k);
                    }
                }
            }
        }
        Map<Long, Integer> shared = new LinkedHashMap<>();
        Set<String> places = placeLike(fp);
        matched.forEach((id, keys) -> shared.put(id, distinctNames(keys, places)));
        List<Map.Entry<Long, Integer>> ranked = new ArrayList<>(shared.entrySet());
        ranked.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        if (ranked.size() > COMPARED) {
            ranked = ranked.subList(0, COMPARED);
        }
        List<StoryMatcher.Candidate> out = new ArrayList<>();
        if (ranked.isEmpty()) {
            return out;
        }
        // Most candidates share a name and little else: their stored minhash alone (one small row each) rules
        // them out, and only the few alike in wording are read in full (date, places, story size), which
        // touches three more tables per candidate.
        String marks = String.join(",", java.util.Collections.nCopies(COMPARED, "?"));
        PreparedStatement hashes = statement("SELECT article_id, minhash FROM article_stories WHERE article_id IN (" + marks + ")");
        Map<Long, int[]> alike = new LinkedHashMap<>();
        {
            bindPadded(hashes, ranked.stream().map(Map.Entry::getKey).toList());
            try (ResultSet rs = hashes.executeQuery()) {
                while (rs.next()) {
                    int[] minhash = unpack(rs.getBytes(2));
                    if (Fingerprint.similarity(fp.minhash(), minhash) >= matcher.minSimilarity()) {
                        alike.put(rs.getLong(1), minhash);
                    }
                }
            }
        }
        if (alike.isEmpty()) {
            return out;
        }
        Map<Long, Integer> sharedOf = new HashMap<>();
        ranked.forEach(e -> sharedOf.put(e.getKey(), e.getValue()));
        // always COMPARED placeholders, so that one prepared statement serves every article
        PreparedStatement rows = statement("SELECT s.article_id, s.story_id, a.published_at,"
                + " (SELECT group_concat(province_id, ' ') FROM article_provinces ap"
                + "  WHERE ap.article_id = a.id AND ap.relation = 'about'),"
                + " (SELECT count(*) FROM article_stories z WHERE z.story_id = s.story_id)"
                + " FROM article_stories s JOIN articles a ON a.id = s.article_id WHERE s.article_id IN (" + marks + ")");
        {
            bindPadded(rows, alike.keySet());
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    String published = rs.getString(3);
                    String about = rs.getString(4);
                    Set<String> ids = about == null ? Set.of() : new HashSet<>(List.of(about.split(" ")));
                    long id = rs.getLong(1);
                    out.add(new StoryMatcher.Candidate(id, rs.getLong(2),
                            published == null ? null : day(OffsetDateTime.parse(published)), alike.get(id),
                            sharedOf.get(id), ids, rs.getInt(5)));
                }
            }
        }
        return out;
    }

    /** Binds up to {@link #COMPARED} ids, the rest of the placeholders an id no article has. */
    private static void bindPadded(PreparedStatement ps, java.util.Collection<Long> ids) throws SQLException {
        int k = 1;
        for (long id : ids) {
            ps.setLong(k++, id);
        }
        while (k <= COMPARED) {
            ps.setLong(k++, -1);
        }
    }

    /** The places an article names, and the last words of those ("nang" of "da nang"), which are keys too. */
    static Set<String> placeLike(Fingerprint fp) {
        Set<String> out = new HashSet<>(fp.places());
        for (String p : fp.places()) {
            int space = p.lastIndexOf(' ');
            if (space > 0) {
                out.add(p.substring(space + 1));
            }
        }
        return out;
    }

    /**
     * Names, not keys: "Bui Thanh Son" and the "son" later references use are one name. Places do not count
     * (nor "nang" of "da nang"): two stories of one day in Hanoi share "Hanoi".
     */
    static int distinctNames(Set<String> keys, Set<String> places) {
        int n = 0;
        for (String k : keys) {
            if (places.contains(k)) {
                continue;
            }
            boolean partOfAnother = false;
            if (k.indexOf(' ') < 0) {
                for (String other : keys) {
                    if (other.length() > k.length() && other.endsWith(" " + k)) {
                        partOfAnother = true;
                        break;
                    }
                }
            }
            if (!partOfAnother) {
                n++;
            }
        }
        return n;
    }

    /** The story's lead is its earliest dated article (the first stored when none has a date). */
    void chooseLead(long story) throws SQLException {
        PreparedStatement clear = statement("UPDATE article_stories SET lead = 0 WHERE story_id = ? AND lead = 1");
        PreparedStatement set = statement("""
                UPDATE article_stories SET lead = 1 WHERE article_id = (
                  SELECT s.article_id FROM article_stories s JOIN articles a ON a.id = s.article_id
                  WHERE s.story_id = ? ORDER BY a.published_at IS NULL, a.sort_ts, a.id LIMIT 1)""");
        clear.setLong(1, story);
        clear.executeUpdate();
        set.setLong(1, story);
        set.executeUpdate();
    }
}
