package vn.bantin.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Edits a seed input the way broken saves, bad encodings and hostile pages do. */
final class Mutator {
    private static final byte[][] TOKENS = {
            "<".getBytes(StandardCharsets.UTF_8), "</p>".getBytes(StandardCharsets.UTF_8), "<script>".getBytes(StandardCharsets.UTF_8),
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>".getBytes(StandardCharsets.UTF_8), "&e;".getBytes(StandardCharsets.UTF_8),
            "]]>".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8), "\u0000".getBytes(StandardCharsets.UTF_8),
            "Đà Nẵng".getBytes(StandardCharsets.UTF_8), "Ha\u0300 No\u0323i".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xC3}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            "26/03/2024 15:07".getBytes(StandardCharsets.UTF_8), "(VNA) –".getBytes(StandardCharsets.UTF_8),
            "/.".getBytes(StandardCharsets.UTF_8), "Photo: VNA".getBytes(StandardCharsets.UTF_8),
            "<img src=\"javascript:alert(1)\" onerror=\"x()\">".getBytes(StandardCharsets.UTF_8),
            "<![CDATA[".getBytes(StandardCharsets.UTF_8), "&#0;&#xD800;".getBytes(StandardCharsets.UTF_8),
    };

    private Mutator() {
    }

    static byte[] mutate(byte[] seed, long randomSeed, int edits) {
        Random r = new Random(randomSeed);
        byte[] b = seed.clone();
        for (int i = 0; i < edits; i++) {
            int len = b.length;
            int at = len == 0 ? 0 : r.nextInt(len);
            switch (r.nextInt(7)) {
                case 0 -> b = splice(b, at, Math.min(len - at, 1 + r.nextInt(Math.max(1, len / 8))), new byte[0]);
                case 1 -> {
                    int n = Math.min(len - at, 1 + r.nextInt(200));
                    byte[] slice = java.util.Arrays.copyOfRange(b, at, at + n);
                    b = splice(b, at, 0, repeat(slice, 1 + r.nextInt(r.nextInt(10) == 0 ? 500 : 4)));
                }
                case 2 -> b = splice(b, at, 0, TOKENS[r.nextInt(TOKENS.length)]);
                case 3 -> {
                    if (len > 0) {
                        b[at] = (byte) r.nextInt(256);
                    }
                }
                case 4 -> b = java.util.Arrays.copyOf(b, at); // a save cut short
                case 5 -> {
                    int from = len == 0 ? 0 : r.nextInt(len);
                    int n = Math.min(len - from, 1 + r.nextInt(300));
                    b = splice(b, at, 0, java.util.Arrays.copyOfRange(b, from, from + n));
                }
                default -> {
                    if (len > 0) {
                        b[at] = (byte) Character.toUpperCase((char) (b[at] & 0x7f));
                    }
                }
            }
        }
        return b;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private static byte[] repeat(byte[] s, int times) {
        byte[] out = new byte[s.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(s, 0, out, i * s.length, s.length);
        }
        return out;
    }
}
