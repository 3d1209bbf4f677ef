package vn.bantin.ingest.page;

import static vn.bantin.i18n.Texts.t;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bantin.ingest.RejectedInputException;

/**
 * Bytes of a saved page to clean NFC text with LF line ends: strips a BOM, reads UTF-16 when marked, drops a
 * character cut off at the end of the file, repairs UTF-8 that was once read as cp1252 ("Ã ", "Ä‘",
 * "â€™"), and refuses binary files.
 */
public final class TextDecoder {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Pattern MOJIBAKE = Pattern.compile("Ã[\\u0080-\\u00BF\\u0152\\u0160\\u0178\\u017D\\u2018-\\u203A]"
            + "|Ä[\\u0080-\\u00BF\\u2018\\u2019]|Æ[°¡]|áº|á»|â€|Â[\\u00A0-\\u00BF]");
    private static final char[] CP1252_TABLE = new char[256];

    static {
        CharsetDecoder d = CP1252.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        for (int b = 0; b < 256; b++) {
            try {
                char c = d.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
                // The five bytes cp1252 leaves undefined come through as the C1 control of the same value.
                CP1252_TABLE[b] = c == '\uFFFD' ? (char) b : c;
            } catch (CharacterCodingException e) {
                CP1252_TABLE[b] = (char) b;
            }
        }
    }

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws RejectedInputException {
        if (bytes.length == 0) {
            throw new RejectedInputException(t("reason.empty"));
        }
        String text;
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            if (looksBinary(bytes)) {
                throw new RejectedInputException(t("reason.binary"));
            }
            int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
            text = decodeUtf8(bytes, start);
        }
        return normalize(text);
    }

    /** Cleans text that is already a String (from HTML, a feed, or a test). */
    public static String normalize(String text) {
        if (plainAscii(text)) {
            return text; // no letter of mojibake, nothing to replace or drop, NFC: most English pages, in one pass
        }
        String t = repairMojibake(text);
        if (isClean(t)) {
            return t; // most paragraphs: nothing below would change a character
        }
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            int c = cleaned(t.charAt(i));
            if (c >= 0) {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private static boolean plainAscii(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x80 || (c < 0x20 && c != '\n')) {
                return false;
            }
        }
        return true;
    }

    /** What {@link #normalize} makes of a character: itself, a space, or nothing (-1). */
    private static int cleaned(char c) {
        return switch (c) {
            case '\u00A0', '\u2007', '\u202F', '\t' -> ' ';
            // invisible characters copied from web pages split words for matching and search
            case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u00AD' -> -1;
            default -> c < 0x20 && c != '\n' ? ' ' : c;
        };
    }

    /** Whether {@link #normalize} would return the text as it is: no character it replaces or drops, and NFC. */
    private static boolean isClean(String t) {
        boolean beyondLatin = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (cleaned(c) != c) {
                return false;
            }
            beyondLatin |= c >= 0x300;
        }
        // below U+0300 (the combining accents) every character is its own NFC form
        return !beyondLatin || Normalizer.isNormalized(t, Normalizer.Form.NFC);
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls > n / 20;
    }

    private static String decodeUtf8(byte[] bytes, int start) throws RejectedInputException {
        // the JDK's own decoding is far quicker; it marks a malformed byte with U+FFFD, and only then (or for a text
        // that holds U+FFFD itself) is the text decoded again strictly, to be told what is wrong with it
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            // A file cut off in the middle of a multi-byte character: drop the partial character.
            int end = bytes.length;
            int back = 0;
            while (back < 3 && end - back - 1 >= start && (bytes[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            int lead = end - back - 1;
            if (lead >= start && (bytes[lead] & 0xC0) == 0xC0) {
                try {
                    return strict.reset().decode(ByteBuffer.wrap(bytes, start, lead - start)).toString();
                } catch (CharacterCodingException ignored) {
                    // not just a cut-off end; fall through
                }
            }
            // Not UTF-8 at all: pages saved by older tools are cp1252.
            String legacy = new String(bytes, start, bytes.length - start, CP1252);
            long replaced = legacy.chars().filter(c -> c == '\uFFFD').count();
            if (replaced > legacy.length() / 100) {
                throw new RejectedInputException(t("reason.encoding"));
            }
            return legacy;
        }
    }

    /** Undoes UTF-8 bytes that were decoded as cp1252, line by line so that one bad line does not block the rest. */
    static String repairMojibake(String text) {
        if (!mayBeMojibake(text) || !MOJIBAKE.matcher(text).find()) {
            return text;
        }
        String whole = reencode(text);
        if (whole != null) {
            return whole;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String fixed = MOJIBAKE.matcher(line).find() ? reencode(line) : null;
            out.append(fixed != null ? fixed : line);
        }
        return out.toString();
    }

    /** Every mojibake pattern starts with one of these letters; most pages have none of them. */
    private static boolean mayBeMojibake(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'Ã' || c == 'Ä' || c == 'Æ' || c == 'á' || c == 'â' || c == 'Â') {
                return true;
            }
        }
        return false;
    }

    private static String reencode(String s) {
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            // A decoder that replaced the undefined byte after "Ä" lost it; for Vietnamese text it was Đ (C4 90).
            int b = s.charAt(i) == '\uFFFD' && i > 0 && s.charAt(i - 1) == 'Ä' ? 0x90 : indexOf(s.charAt(i));
            if (b < 0) {
                return null;
            }
            bytes[i] = (byte) b;
        }
        try {
            String fixed = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            Matcher before = MOJIBAKE.matcher(s);
            Matcher after = MOJIBAKE.matcher(fixed);
            return count(after) < count(before) ? fixed : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int indexOf(char c) {
        if (c < 0x80) {
            return c;
        }
        for (int b = 0x80; b < 256; b++) {
            if (CP1252_TABLE[b] == c) {
                return b;
            }
        }
        return -1;
    }

}
