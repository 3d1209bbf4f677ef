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
 *   <li>The raw input kept for re-reading is deflated with the title, lead and body as its dictionary: most of a
 *       page is those again, which then cost a reference instead of their words (2.2 KB → 0.2 KB on the bench
 *       corpus). So the raw input is written again whenever they change (a re-read). The stream names its
 *       dictionary by checksum: raw input written before needs none, or the body alone.</li>
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
            return new byte[][] {packBody(body, dictionary), packRaw(a.rawInput(), a.page().title(), a.page().lead(), body)};
        }).toList();
    }

    static byte[] packBody(String body, ZstdDictCompress dictionary) {
        byte[] text = body.getBytes(StandardCharsets.UTF_8);
        if (dictionary == null) {
            return deflate(text, null);
        }
        // with its checksum: a damaged body is told, never shown as other text (4 bytes)
        return COMPRESSORS.get().loadDict(dictionary).setChecksum(true).compress(text);
    }

    /**
     * One zstd context a thread, kept: making one for each body was a quarter of packing it. A context's parameters
     * stay between frames and each body sets the dictionary it is packed with, so every frame is what a new
     * context would make. The packing threads are the writer's and the common pool's, which live as long as the app.
     */
    private static final ThreadLocal<ZstdCompressCtx> COMPRESSORS = ThreadLocal.withInitial(ZstdCompressCtx::new);

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
            TextDictionaries.requireLoaded();
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

    /**
     * The raw input deflated with the article's title, lead and body as its dictionary: the page holds them all, and
     * the title and the lead are not in the body (330 → 197 bytes a page on the bench corpus, decision 0017).
     */
    static byte[] packRaw(String raw, String title, String lead, String body) {
        return deflate(raw.getBytes(StandardCharsets.UTF_8), dictionary(head(title, lead) + body));
    }

    /**
     * The raw input, given the title, lead and body stored beside it (the body as stored). A stream names its
     * dictionary by its checksum: those written before decision 0017 had the body alone.
     */
    static String raw(Connection c, byte[] packed, Object storedBody, String title, String lead) {
        return raw(packed, () -> body(c, storedBody), title, lead);
    }

    /** As above, the body's text given (unpacked only if the stream needs it). */
    static String raw(byte[] packed, java.util.function.Supplier<String> body, String title, String lead) {
        return inflate(packed, wanted -> {
            String text = body.get();
            for (byte[] d : java.util.List.of(dictionary(head(title, lead) + text), dictionary(text))) {
                if (adler(d) == wanted) {
                    return d;
                }
            }
            return null;
        }, "raw input");
    }

    /** Whether a raw input is deflated with this title, lead and body as its dictionary, as {@link #packRaw} does now. */
    static boolean rawPackedWith(byte[] packed, String title, String lead, String body) {
        if (packed == null || packed.length < 6 || (packed[1] & 0x20) == 0) {
            return false;
        }
        long named = ((packed[2] & 0xffL) << 24) | ((packed[3] & 0xffL) << 16) | ((packed[4] & 0xffL) << 8) | (packed[5] & 0xffL);
        return adler(dictionary(head(title, lead) + body)) == named;
    }

    /** How a zlib stream names its preset dictionary. */
    private static long adler(byte[] dictionary) {
        java.util.zip.Adler32 sum = new java.util.zip.Adler32();
        sum.update(dictionary);
        return sum.getValue();
    }

    private static String head(String title, String lead) {
        return (title == null ? "" : title) + "\n" + (lead == null ? "" : lead) + "\n\n";
    }

    private static byte[] dictionary(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
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

    /** {@code dictionary}: the one whose Adler-32 the stream names, or null when none is. */
    private static String inflate(byte[] packed, java.util.function.LongFunction<byte[]> dictionary, String what) {
        Inflater inf = new Inflater();
        try {
            inf.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 3);
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && inf.needsDictionary() && dictionary != null) {
                    byte[] d = dictionary.apply(inf.getAdler() & 0xffffffffL); // an int, read unsigned
                    if (d == null) {
                        throw new StoreException("a stored article's " + what + " is damaged (it was packed with"
                                + " text the article no longer has)");
                    }
                    inf.setDictionary(d);
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
