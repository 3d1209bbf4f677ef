package vn.bantin.ingest.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Clean-up rules shared by the text and HTML parsers: sign-offs, caption markers, derived titles, language. */
public final class PageText {
    /** "Title- Ảnh 1." : the Portal's marker line that stands where a photo was. */
    static final Pattern PHOTO_MARKER = Pattern.compile("^.{0,300}?[-–]\\s*(?:Ảnh|Photo|Hình)\\s*\\d+\\.?\\s*$");
    /** Credits that end a caption: "- Photo: baoquocte.vn", "(Photo: VNA)", "__Photo: VNA |", "Ảnh: TTXVN". */
    static final Pattern CAPTION_CREDIT = Pattern.compile(
            "\\s*(?:\\(\\s*(?:Photo|Ảnh|Photo courtesy)\\s*:?[^()]{0,80}\\)|_{1,3}\\s*Photo\\s*:[^|]{0,80}\\|?"
                    + "|\\s[-–—|]\\s*(?:Photo|Ảnh)\\s*:\\s*[^()\\n]{1,80}|(?<=[.\\s])(?:Photo|Ảnh)\\s*(?::|by\\s)\\s*[^.]{1,60})\\s*\\.?\\s*$");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "\\s*(?:\\./\\.\\s*(?:VNA|TTXVN)?|/\\.\\s*(?:VNA|TTXVN)?|[-–—]?\\s*\\((?:VLLF|VNA|TTXVN|Lao Dong|Lao Động)\\)"
                    + "|[—–-]\\s*VNS|\\s+VNA/VNS|(?<=[.!?”\"])\\s*[-–—]\\s*VNA)\\s*$");
    /** The outlet's code that opens a lead: "VGP - ", "TPO - ", "BTO-", "(VOVWORLD) - ", "The Hanoitimes - ". */
    static final Pattern OUTLET_LEAD = Pattern.compile("^(VGP|TPO|TTO|BTO|NDO|SGGP|PLO|CAND|VOV|\\(VOVWORLD\\)|VOVWORLD"
            + "|The Hanoitimes|Hanoitimes|HNMO|QĐND)\\s*[-–—]\\s*");
    /** Longer than any sign-off or outlet's sign with the white space around it. */
    private static final int END_TAIL = 200;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+[\"“A-ZÀ-Ỹ])");

    private PageText() {
    }

    static boolean hasCaptionCredit(String p) {
        return mayHaveCredit(p) && atEnd(CAPTION_CREDIT, p).find();
    }

    /** Cheap test before the regular expressions: every credit and photo marker names a photo. */
    static boolean mayHaveCredit(String p) {
        return p.contains("Photo") || p.contains("Ảnh") || p.contains("Hình");
    }

    static String stripCaptionCredit(String p) {
        return mayHaveCredit(p) ? CAPTION_CREDIT.matcher(p).replaceFirst("").strip() : p.strip();
    }

    static boolean isPhotoMarker(String p) {
        return mayHaveCredit(p) && PHOTO_MARKER.matcher(p).matches();
    }

    /** Whether a paragraph has a sentence in it: end punctuation followed by a space or the end. */
    static boolean hasSentence(String p) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                if (j < p.length() && "\"”’)".indexOf(p.charAt(j)) >= 0) {
                    j++;
                }
                if (j >= p.length() || Character.isWhitespace(p.charAt(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes a wire sign-off ("./.", "/.VNA", "- (VLLF)", "— VNS") from a last paragraph, keeping its full stop. */
    public static String stripSignOff(String p) {
        // every sign-off holds one of these: most paragraphs need no search at all
        if (!p.contains("/.") && !p.contains("VN") && !p.contains("VLLF") && !p.contains("(Lao ")) {
            return p;
        }
        Matcher m = atEnd(SIGN_OFF, p);
        if (!m.find()) {
            return p;
        }
        String kept = p.substring(0, m.start()).strip();
        boolean hadFullStop = m.group().strip().startsWith("./");
        if (!kept.isEmpty() && (hadFullStop || ".!?\"”’)".indexOf(kept.charAt(kept.length() - 1)) < 0)) {
            kept = kept + ".";
        }
        return kept;
    }

    /**
     * A matcher for a pattern anchored at the text's end ({@code \s*$}), over the text's last characters only:
     * searched from every position of a long paragraph, such a pattern cost more than the rest of its parse.
     * The bounds are transparent, so a look-behind still sees the character before the tail.
     */
    static Matcher atEnd(Pattern endAnchored, String text) {
        Matcher m = endAnchored.matcher(text);
        return m.region(Math.max(0, text.length() - END_TAIL), text.length()).useTransparentBounds(true);
    }

    public static String stripOutletPrefix(String lead) {
        return OUTLET_LEAD.matcher(lead).replaceFirst("");
    }

    /** A title for a page saved without one: its first sentence, cut at a word near 110 characters. */
    public static String deriveTitle(String lead) {
        String s = lead.strip();
        Matcher m = SENTENCE_END.matcher(s);
        while (m.find()) {
            int end = m.start();
            String before = s.substring(Math.max(0, end - 4), end);
            // "U.S." or "Dr." is not the end of a sentence
            if (end >= 30 && !before.matches(".*\\b[A-Z](?:\\.[A-Z])*$|.*\\b(?:Mr|Ms|Mrs|Dr|St|No|Gen)$")) {
                s = s.substring(0, end);
                break;
            }
        }
        if (s.length() <= 110) {
            return s;
        }
        int cut = s.lastIndexOf(' ', 110);
        String head = s.substring(0, cut > 40 ? cut : 110).replaceAll("[,;:\\s]+$", "");
        return head + "…";
    }

    /** "vi" when the text carries Vietnamese letters with tone marks often enough, else "en". */
    public static String language(String text) {
        int letters = 0;
        int viet = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c)) {
                letters++;
                if (c > 0x7F && "ăâđêôơưĂÂĐÊÔƠƯ".indexOf(c) >= 0 || (c >= 0x1EA0 && c <= 0x1EF9)) {
                    viet++;
                }
            }
        }
        return letters > 0 && viet * 25 > letters ? "vi" : "en";
    }

    static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    static boolean endsLikeSentence(String s) {
        String t = s.strip();
        return !t.isEmpty() && ".!?\"”’:;)…".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
