package vn.bantin.data.sqlite;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictDecompress;
import com.github.luben.zstd.ZstdException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import vn.bantin.data.StoreException;

/**
 * An article's stored text, packed (issue 23: the text was 6.7 of the 10.9 KB an article took at a million).
 *
 * <ul>
 *   <li>The body is packed with zstd and the file's dictionary (decision 0017) once the file has one, deflated on its
 *       own before. Rows written before bodies were packed are text, and read as they are until
 *       {@code bantin compact} rewrites them (SQLite tells a blob from a text; a zstd frame from a zlib stream by
 *       its first bytes, and names its dictionary).</li>
 *   <li>The raw input kept for re-reading is deflated with the body's text as its dictionary: most of a page is the
 *       body again, which then costs a reference instead of its words (2.2 KB → 0.26 KB on the bench corpus). So the
 *       raw input is written again whenever the body changes. Raw input written before needs no dictionary, and
 *       the stream itself says which it is.</li>
 * </ul>
 */
final class StoredText {
    /** Deflate's window: a dictionary longer than this is cut to its end. */
    private static final int WINDOW = 32 * 1024;

    private StoredText() {
    }

    /**
     * Each article's body and raw input packed, on every core: packing them is a tenth of an import's time, and the
     * writer, which holds the transaction, is the import's limit. {@code dictionary}: the file's, or null.
     */
    static java.util.List<byte[][]> packAll(java.util.List<vn.bantin.domain.NewArticle> batch, ZstdDictCompress dictionary) {
        return batch.parallelStream().map(a -> {
            String body = String.join("\n\n", a.page().body());
            return new byte[][] {packBody(body, dictionary), packRaw(a.rawInput(), body)};
        }).toList();
    }

    static byte[] packBody(String body, ZstdDictCompress dictionary) {
        byte[] text = body.getBytes(StandardCharsets.UTF_8);
        if (dictionary == null) {
            return deflate(text, null);
        }
        // with its checksum: a damaged body is told, never shown as other text (4 bytes)
        try (ZstdCompressCtx ctx = new ZstdCompressCtx()) {
            return ctx.loadDict(dictionary).setChecksum(true).compress(text);
        }
    }

    /** Whether a stored body is packed with a dictionary (a zstd frame), so {@code compact} need not pack it again. */
    static boolean withDictionary(Object stored) {
        return stored instanceof byte[] b && b.length >= 4
                && (b[0] & 0xff) == 0x28 && (b[1] & 0xff) == 0xb5 && (b[2] & 0xff) == 0x2f && (b[3] & 0xff) == 0xfd;
    }

    /** The body as stored: packed, deflated, or text in a row written before bodies were packed. */
    static String body(Connection c, Object stored) {
        if (stored == null) {
            return "";
        }
        if (withDictionary(stored)) {
            byte[] packed = (byte[]) stored;
            try {
                long size = Zstd.getFrameContentSize(packed);
                if (size < 0 || size > Integer.MAX_VALUE) {
                    throw new StoreException("a stored article's body is damaged");
                }
                ZstdDictDecompress dictionary = TextDictionaries.forReading(c, Zstd.getDictIdFromFrame(packed));
                return new String(Zstd.decompress(packed, dictionary, (int) size), StandardCharsets.UTF_8);
            } catch (ZstdException e) {
                throw new StoreException("a stored article's body is damaged (" + e.getMessage() + ")", e);
            }
        }
        if (stored instanceof byte[] packed) {
            return inflate(packed, null, "body");
        }
        return stored.toString();
    }

    static byte[] packRaw(String raw, String body) {
        return deflate(raw.getBytes(StandardCharsets.UTF_8), dictionary(body));
    }

    /** The raw input, given the body stored beside it (as stored: deflated or text). */
    static String raw(Connection c, byte[] packed, Object storedBody) {
        return inflate(packed, () -> dictionary(body(c, storedBody)), "raw input");
    }

    private static byte[] dictionary(String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return b.length > WINDOW ? Arrays.copyOfRange(b, b.length - WINDOW, b.length) : b;
    }

    /** One deflater a thread, reset between uses: making one allocates zlib's tables, most of a short text's cost. */
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));

    private static byte[] deflate(byte[] in, byte[] dictionary) {
        Deflater d = DEFLATERS.get();
        try {
            if (dictionary != null && dictionary.length > 0) {
                d.setDictionary(dictionary);
            }
            d.setInput(in);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 2 + 64);
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.reset();
        }
    }

    private static String inflate(byte[] packed, java.util.function.Supplier<byte[]> dictionary, String what) {
        Inflater inf = new Inflater();
        try {
            inf.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 3);
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && inf.needsDictionary() && dictionary != null) {
                    inf.setDictionary(dictionary.get());
                    continue;
                }
                if (n == 0 && !inf.finished() && (inf.needsInput() || inf.needsDictionary())) {
                    throw new StoreException("a stored article's " + what + " is damaged");
                }
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException | IllegalArgumentException e) {
            throw new StoreException("a stored article's " + what + " is damaged", e);
        } finally {
            inf.end();
        }
    }
}
