package vn.bantin.data.sqlite;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictDecompress;
import com.github.luben.zstd.ZstdDictTrainer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.bantin.data.StoreException;

/**
 * The dictionary a file's article bodies are packed with, trained on that file's own bodies (decision 0017). A body
 * of a few KB is too short for a compressor to learn its language from; a dictionary of the words and phrases the
 * file's articles share gives it that from the first byte. On the bench corpus bodies take 27 % less than deflated,
 * on the extraction benchmark's real articles 18 % less.
 *
 * <p>Trained once, when the file first holds {@link #TRAIN_FROM} articles, from its newest bodies; kept in the file,
 * never changed: every body packed with it names it by its id, so a file read by a later version still reads. Where
 * zstd's native library cannot be loaded, bodies are deflated as before and packed ones are told, not shown.
 */
final class TextDictionaries {
    private static final System.Logger LOG = System.getLogger(TextDictionaries.class.getName());
    /** Articles a file holds before its dictionary is trained, and the bodies it is trained on. */
    static final int TRAIN_FROM = 2000;
    private static final int SIZE = 112 * 1024;
    /** zstd's level: higher levels save a few per cent for several times the time (BENCHMARKS.md, 2026-12-06). */
    private static final int LEVEL = 3;

    /**
     * Dictionaries by file and id, for every file this process opened. zstd's trainer makes the id from a hash of the
     * dictionary's content, so an id names one content even across a restore or a training rolled back.
     */
    private static final Map<String, ZstdDictDecompress> READING = new ConcurrentHashMap<>();
    private static final Map<String, ZstdDictCompress> WRITING = new ConcurrentHashMap<>();
    /** Files whose bodies were too short to train on, with how many articles they held then. */
    private static final Map<String, Long> UNTRAINED = new ConcurrentHashMap<>();
    /** Less text than this teaches a dictionary nothing that pays for its own bytes. */
    private static final long MIN_TEXT = 256 * 1024;

    /** Why zstd's native library could not be loaded on this machine, or null when it was. */
    private static final String UNLOADABLE = unloadable();

    private TextDictionaries() {
    }

    private static String unloadable() {
        try {
            com.github.luben.zstd.util.Native.load();
            return null;
        } catch (LinkageError | RuntimeException e) {
            // bodies are then deflated, as before a dictionary: nothing is lost, the file is only larger
            LOG.log(System.Logger.Level.WARNING, "zstd could not be loaded; article bodies will be deflated", e);
            return String.valueOf(e.getMessage());
        }
    }

    /**
     * The dictionary new bodies are packed with, trained first when the file holds enough articles and has none;
     * null while it has too few (bodies are deflated then). Inside the writer's transaction.
     */
    static ZstdDictCompress forWriting(Connection c) throws SQLException {
        if (UNLOADABLE != null) {
            return null;
        }
        long id = newest(c);
        if (id == 0) {
            long articles = articles(c);
            if (articles >= TRAIN_FROM) {
                id = train(c, articles);
            }
        }
        if (id == 0) {
            return null;
        }
        long chosen = id;
        return WRITING.computeIfAbsent(key(c, chosen), k -> {
            try {
                return new ZstdDictCompress(load(c, chosen), LEVEL);
            } catch (SQLException e) {
                throw new StoreException("the dictionary of the stored bodies could not be read", e);
            }
        });
    }

    /** Before anything of zstd's is touched to read a body: a message instead of a linkage error. */
    static void requireLoaded() {
        if (UNLOADABLE != null) {
            throw new StoreException("a stored article's body is packed with zstd, whose library could not be loaded on"
                    + " this machine (" + UNLOADABLE + ")");
        }
    }

    static ZstdDictDecompress forReading(Connection c, long id) {
        requireLoaded();
        try {
            String key = key(c, id);
            ZstdDictDecompress known = READING.get(key);
            if (known != null) {
                return known;
            }
            byte[] dictionary = load(c, id);
            if (dictionary == null) {
                throw new StoreException("a stored article's body names a dictionary (" + id + ") the file does not hold");
            }
            ZstdDictDecompress made = new ZstdDictDecompress(dictionary);
            READING.put(key, made);
            return made;
        } catch (SQLException e) {
            throw new StoreException("the dictionary of the stored bodies could not be read", e);
        }
    }

    private static String key(Connection c, long id) throws SQLException {
        return c.getMetaData().getURL() + "#" + id;
    }

    private static long newest(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM text_dictionaries ORDER BY trained_at DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static long articles(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT n FROM counts WHERE name = 'articles'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static byte[] load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT dictionary FROM text_dictionaries WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /** Trains on the newest bodies and keeps the result; its id, or 0 when the bodies were too few to learn from. */
    private static long train(Connection c, long articles) throws SQLException {
        String file = c.getMetaData().getURL();
        Long failed = UNTRAINED.get(file);
        if (failed != null && failed / TRAIN_FROM == articles / TRAIN_FROM) {
            return 0; // tried at this size already: again when the file holds another TRAIN_FROM
        }
        long started = System.nanoTime();
        java.util.List<byte[]> bodies = new java.util.ArrayList<>();
        long bytes = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT body FROM article_texts ORDER BY article_id DESC LIMIT " + TRAIN_FROM);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byte[] body = StoredText.body(c, rs.getObject(1)).getBytes(StandardCharsets.UTF_8);
                if (body.length > 0) {
                    bodies.add(body);
                    bytes += body.length;
                }
            }
        }
        byte[] dictionary = null;
        if (bytes >= MIN_TEXT) {
            // zstd's advice: a hundred times the dictionary's size to learn from; short bodies get a smaller one
            ZstdDictTrainer trainer = new ZstdDictTrainer((int) Math.min(bytes, Integer.MAX_VALUE - 8),
                    (int) Math.min(SIZE, bytes / 20));
            bodies.forEach(trainer::addSample);
            try {
                dictionary = trainer.trainSamples();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.INFO, "no dictionary trained on " + bodies.size() + " bodies: " + e.getMessage());
            }
        }
        if (dictionary == null) {
            UNTRAINED.put(file, articles);
            return 0;
        }
        int samples = bodies.size();
        long id = Zstd.getDictIdFromDict(dictionary);
        if (id == 0) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT OR IGNORE INTO text_dictionaries(id, dictionary, trained_at, samples) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setBytes(2, dictionary);
            ps.setString(3, Instant.now().toString());
            ps.setInt(4, samples);
            ps.executeUpdate();
        }
        LOG.log(System.Logger.Level.INFO, "bodies' dictionary trained on " + samples + " bodies in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return id;
    }
}
