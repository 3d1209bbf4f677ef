package vn.bantin.domain;

import java.text.Normalizer;

/**
 * Accent folding shared by search and tagging: "Đà Nẵng", "Đà Nẵng" (NFD) and "DA NANG" all fold to
 * the same letters. Unicode gives đ/Đ no decomposition, so they are mapped by hand.
 */
public final class Folding {
    private Folding() {
    }

    /**
     * Folds each char of NFC text to its base letter, keeping case and length: position i of the result is
     * position i of {@code Normalizer.normalize(s, NFC)}. Callers that need offsets rely on this.
     */
    public static String foldKeepCase(String s) {
        if (isAscii(s)) {
            return s;
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            out.append(foldChar(nfc.charAt(i)));
        }
        return out.toString();
    }

    /** Folded and lower-cased: the form both the search index and queries are written in. */
    public static String fold(String s) {
        return foldKeepCase(s).toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    public static char foldChar(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c == 'đ') {
            return 'd';
        }
        if (c == 'Đ') {
            return 'D';
        }
        char known = FOLDED[c];
        if (known != 0) {
            return known;
        }
        String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = d.charAt(0);
        char folded = d.length() > 1 && base < 0x80 ? base : c;
        // a benign race: every thread computes the same char
        FOLDED[c] = folded;
        return folded;
    }

    /** Folds already worked out; normalising one char at a time was a fifth of an import's parsing. */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    /** ASCII slug of a name: "Bà Rịa – Vũng Tàu" becomes "ba-ria-vung-tau". */
    public static String slug(String s) {
        String f = fold(s);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                dash = true;
            }
        }
        int n = out.length();
        return n > 0 && out.charAt(n - 1) == '-' ? out.substring(0, n - 1) : out.toString();
    }
}
