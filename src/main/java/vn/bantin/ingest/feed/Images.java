package vn.bantin.ingest.feed;

/**
 * Picture types by their first bytes, whatever the server claims. SVG is left out on purpose: it is a document
 * that can carry scripts and fetch other files.
 */
public final class Images {
    private Images() {
    }

    public static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "image/gif";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** Pictures above this many pixels are not kept or shown: 20,000 × 20,000 pixels is 1.6 GB once decoded. */
    public static final long MAX_PIXELS = 40_000_000L;

    /**
     * Whether the picture's header says it fits the pixel budget, read without decoding it. A picture whose size
     * cannot be read from its header is not trusted either.
     */
    public static boolean withinBudget(byte[] b) {
        long[] wh = size(b);
        // each side first: two 32-bit sides multiplied can pass a long's range and come out small
        return wh != null && wh[0] > 0 && wh[1] > 0 && wh[0] <= MAX_PIXELS && wh[1] <= MAX_PIXELS
                && wh[0] * wh[1] <= MAX_PIXELS;
    }

    /** Width and height from the header of a JPEG, PNG, GIF or WebP, or null. */
    public static long[] size(byte[] b) {
        String type = sniff(b);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "image/png" -> b.length >= 24 ? new long[] {u32(b, 16), u32(b, 20)} : null;
            case "image/gif" -> b.length >= 10 ? new long[] {u16le(b, 6), u16le(b, 8)} : null;
            case "image/webp" -> webp(b);
            default -> jpeg(b);
        };
    }

    private static long[] jpeg(byte[] b) {
        int i = 2;
        while (i + 9 < b.length) {
            if ((b[i] & 0xff) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xff;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int len = (int) u16(b, i + 2);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                return new long[] {u16(b, i + 7), u16(b, i + 5)};
            }
            if (len < 2) {
                return null;
            }
            i += 2 + len;
        }
        return null;
    }

    private static long[] webp(byte[] b) {
        if (b.length < 30) {
            return null;
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> new long[] {u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF};
            case "VP8L" -> {
                long bits = (b[21] & 0xffL) | (b[22] & 0xffL) << 8 | (b[23] & 0xffL) << 16 | (b[24] & 0xffL) << 24;
                yield new long[] {(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
            }
            case "VP8X" -> new long[] {u24le(b, 24) + 1, u24le(b, 27) + 1};
            default -> null;
        };
    }

    private static long u32(byte[] b, int i) {
        return (b[i] & 0xffL) << 24 | (b[i + 1] & 0xffL) << 16 | (b[i + 2] & 0xffL) << 8 | (b[i + 3] & 0xffL);
    }

    private static long u16(byte[] b, int i) {
        return (b[i] & 0xffL) << 8 | (b[i + 1] & 0xffL);
    }

    private static long u16le(byte[] b, int i) {
        return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8;
    }

    private static long u24le(byte[] b, int i) {
        return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16;
    }
}
