package vn.bantin.data.sqlite;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import vn.bantin.data.StoreException;

/**
 * The raw input kept for re-parsing, deflated: it is read only by {@code retag}, and compressed it takes a
 * third of the room in a file that may hold a million articles.
 */
final class RawText {
    private RawText() {
    }

    static byte[] pack(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        try {
            d.setInput(in);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 2 + 64);
            byte[] buf = new byte[8192];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    static String unpack(byte[] packed) {
        Inflater inf = new Inflater();
        try {
            inf.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 3);
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new StoreException("a stored page's raw input is damaged");
                }
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new StoreException("a stored page's raw input is damaged", e);
        } finally {
            inf.end();
        }
    }
}
