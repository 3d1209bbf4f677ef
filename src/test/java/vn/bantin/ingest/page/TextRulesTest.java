package vn.bantin.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page's text rules written by hand for speed give what the regular expressions they replace gave. */
class TextRulesTest {
    private static final String ALPHABET = "ab .\t\n\r\f\u000B\u00A0Đồ,";

    @Test
    void whiteSpaceRunsBecomeOneSpaceExactlyAsTheRegularExpressionDid() {
        Pattern white = Pattern.compile("\\s+");
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(12); n > 0; n--) {
                sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            assertEquals(white.matcher(s).replaceAll(" "), ArticleBlocks.oneSpaced(s), () -> "for " + escape(s));
        }
        String plain = "Ha Noi opens a new bridge.";
        assertSame(plain, ArticleBlocks.oneSpaced(plain), "text with single spaces is not copied");
    }

    @Test
    void aSignOffIsFoundAtTheEndOfALongParagraphOnly() {
        String body = "Hai Phong's port handled more containers this year than last. ".repeat(60);
        String open = body.strip().substring(0, body.strip().length() - 1);
        assertEquals(body.strip(), PageText.stripSignOff(open + "./."));
        assertEquals(body.strip(), PageText.stripSignOff(body.strip() + "  /.VNA"));
        assertEquals(body.strip(), PageText.stripSignOff(body.strip() + " - (VLLF)"));
        assertEquals(body.strip(), PageText.stripSignOff(open + " — VNS"));
        // a sign in the middle is the text's, not a sign-off
        String middle = "Officials said./. " + body.strip();
        assertEquals(middle, PageText.stripSignOff(middle));
        // the look-behind still sees the character before the tail it searches
        String dash = body.strip() + "-VNA";
        assertEquals(body.strip(), PageText.stripSignOff(dash));
    }

    @Test
    void aCleanParagraphIsKeptAsItIsAndAnUncleanOneIsNormalised() {
        String clean = "Đà Nẵng đón khách quốc tế.";
        assertSame(clean, TextDecoder.normalize(clean));
        assertEquals("Đà Nẵng đón khách", TextDecoder.normalize("Đa\u0300 Nẵng\u00A0đón\u200B khách"));
        assertEquals("a\nb c", TextDecoder.normalize("a\r\nb\tc"));
    }

    @Test
    void aCopyrightLineInAnyCaseStillNamesItsOutlet() {
        String body = "Workers in Binh Duong finished the new ring road ahead of schedule, the province said.";
        assertEquals("VietNamNet", Outlets.byText(body, body, "", body + "\nCOPYRIGHT VietNamNet Global")
                .map(o -> o.source().name()).orElse(null));
        assertEquals("VietNamNet", Outlets.byText(body, body, "", body + "\nCopyright (C) 2025 VietNamNet Global")
                .map(o -> o.source().name()).orElse(null));
        assertEquals(null, Outlets.byText(body, body, "", body).map(o -> o.source().name()).orElse(null));
    }

    @Test
    void utf8IsDecodedAsBeforeWhetherWellFormedCutOffOrHoldingTheReplacementCharacter() throws Exception {
        String vi = "Cần Thơ mở rộng cảng cá Trà Nóc.";
        byte[] utf8 = vi.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(vi, TextDecoder.decode(utf8));
        assertEquals("Cần Thơ mở rộng cảng cá Trà Nó", TextDecoder.decode(java.util.Arrays.copyOf(utf8, utf8.length - 2)));
        // cut inside "ó": the half character is dropped
        assertEquals("Cần Thơ mở rộng cảng cá Trà N", TextDecoder.decode(java.util.Arrays.copyOf(utf8, utf8.length - 3)));
        String marked = "A replacement character \uFFFD written by the page itself.";
        assertEquals(marked, TextDecoder.decode(marked.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
