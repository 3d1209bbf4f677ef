package vn.bantin.ingest.feed;

import static vn.bantin.i18n.Texts.t;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import vn.bantin.ingest.Css;
import vn.bantin.ingest.RejectedInputException;

/**
 * A feed's bytes to the text an XML parser reads, the way feed readers do it: the byte-order mark first (UTF-8, 16
 * or 32), then the charset of the HTTP header, then the XML declaration's encoding, else UTF-8, and cp1252 for
 * bytes that are not UTF-8. A DOCTYPE is taken out and never fetched; one that declares entities (the way a feed
 * could read local files or loop for ever) is refused. Also: names and titles from a feed as plain text.
 */
final class FeedText {
    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE\\s[^>\\[]*(\\[)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private FeedText() {
    }

    /** The feed as text, its DOCTYPE removed; {@code contentType} is the HTTP header's, or null. */
    static String decode(byte[] b, String contentType) throws RejectedInputException {
        String text = decodeBytes(b, contentType);
        return base64Text(atomNamespace(healEntities(stripDoctype(text))));
    }

    private static final Pattern BASE64 = Pattern.compile(
            "<([A-Za-z:]+)([^>]*?)\\smode\\s*=\\s*[\"']base64[\"']([^>]*)>([A-Za-z0-9+/=\\s]*)</\\1>");

    /** Atom 1.0's text of a type that is neither text nor XML, which RFC 4287 says is base64. */
    private static final Pattern BASE64_TYPED = Pattern.compile("<((?:[A-Za-z]+:)?(?:title|subtitle|summary|content|rights))"
            + "([^>]*?)\\stype\\s*=\\s*[\"'](?!text/|html|xhtml)([a-z]+/(?![^\"']*xml)[^\"']+)[\"']([^>]*)>([A-Za-z0-9+/=\\s]+)</\\1>");

    /** Base64 text (Atom 0.3's mode="base64", Atom 1.0's binary types) as the escaped text it encodes. */
    private static String base64Text(String text) {
        if (text.contains("type=")) {
            Matcher t = BASE64_TYPED.matcher(text);
            StringBuilder out = new StringBuilder();
            while (t.find()) {
                String decoded;
                try {
                    decoded = new String(java.util.Base64.getMimeDecoder().decode(t.group(5).strip()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                t.appendReplacement(out, Matcher.quoteReplacement("<" + t.group(1) + t.group(2) + " type=\"html\"" + t.group(4)
                        + ">" + decoded.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</" + t.group(1) + ">"));
            }
            t.appendTail(out);
            text = out.toString();
        }
        if (!text.contains("base64")) {
            return text;
        }
        Matcher m = BASE64.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String decoded;
            try {
                decoded = new String(java.util.Base64.getMimeDecoder().decode(m.group(4).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                continue; // not base64 after all: left as it is
            }
            String escaped = decoded.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            m.appendReplacement(out, Matcher.quoteReplacement("<" + m.group(1) + m.group(2) + " mode=\"escaped\"" + m.group(3)
                    + ">" + escaped + "</" + m.group(1) + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern ENTITY = Pattern.compile("&(?:#[xX]([0-9a-fA-F]+);|#(\\d+);|([A-Za-z][A-Za-z0-9]*);)?");

    /**
     * HTML's named entities (&amp;nbsp; &amp;rsquo;) as the characters they name, since XML knows only five, and a
     * bare ampersand (a=1&b=2 in a link) or an unknown name as the text it is; CDATA sections stay as they are.
     */
    static String healEntities(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cdata = text.indexOf("<![CDATA[", i);
            int stop = cdata < 0 ? text.length() : cdata;
            heal(text.substring(i, stop), out);
            if (cdata < 0) {
                break;
            }
            int end = text.indexOf("]]>", cdata);
            end = end < 0 ? text.length() : end + 3;
            out.append(text, cdata, end);
            i = end;
        }
        return out.toString();
    }

    private static void heal(String s, StringBuilder out) {
        Matcher m = ENTITY.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            last = m.end();
            if (m.group(1) != null) {
                out.append("&#x").append(m.group(1)).append(';');
            } else if (m.group(2) != null) {
                out.append(m.group());
            } else if (m.group(3) != null) {
                String name = m.group(3);
                if (name.equals("amp") || name.equals("lt") || name.equals("gt") || name.equals("quot") || name.equals("apos")) {
                    out.append(m.group());
                } else if (org.jsoup.nodes.Entities.isNamedEntity(name)) {
                    out.append("&#").append(org.jsoup.nodes.Entities.getByName(name).codePointAt(0)).append(';');
                } else {
                    out.append("&amp;").append(name).append(';');
                }
            } else {
                out.append("&amp;");
            }
        }
        out.append(s, last, s.length());
    }

    private static final Pattern FEED_ROOT_NS = Pattern.compile("<feed\\b([^>]*?)\\sxmlns\\s*=\\s*([\"'])([^\"']*)\\2");

    /** Atom 0.3 was published under several namespaces (purl.org/echo, example.com…): all are read as Atom 0.3. */
    private static String atomNamespace(String text) {
        Matcher m = FEED_ROOT_NS.matcher(text);
        if (!m.find() || m.group(3).equals("http://www.w3.org/2005/Atom") || m.group(3).equals("http://purl.org/atom/ns#")) {
            return text;
        }
        return text.substring(0, m.start(3)) + "http://purl.org/atom/ns#" + text.substring(m.end(3));
    }

    /** The text a reader gets of a feed entry's HTML: what scripts, frames and objects hold is not text. */
    static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        org.jsoup.nodes.Document d = Jsoup.parse(html);
        d.select(Css.of("script, style, template")).remove();
        // frames, objects and the like are not run, but what they hold as fallback is text, as feed readers keep it
        for (org.jsoup.nodes.Element e : d.select(Css.of("iframe, noframes, noscript, xmp, textarea"))) {
            String inner = e.data().isEmpty() ? e.wholeText() : e.data(); // raw-text elements hold data, not text
            // spaced apart from its neighbours, as the frame's box would be
            e.after(new org.jsoup.nodes.TextNode(" "));
            e.after(Jsoup.parseBodyFragment(inner).body().html());
            e.before(new org.jsoup.nodes.TextNode(" "));
            e.remove();
        }
        d.select(Css.of("script, style, template")).remove();
        d.select(Css.of("object, embed, applet, frame, frameset, blink, link, meta")).unwrap();
        return d.text().replaceAll("\\s+", " ").strip();
    }

    private static String decodeBytes(byte[] b, String contentType) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new String(b, 4, b.length - 4, UTF_32BE);
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new String(b, 4, b.length - 4, UTF_32LE);
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return lenientUtf8(b, 3);
        }
        if (starts(b, 0xFE, 0xFF)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (starts(b, 0xFF, 0xFE)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        // no mark: the first character, '<', tells the width and order
        if (starts(b, 0x00, 0x00, 0x00, 0x3C)) {
            return new String(b, UTF_32BE);
        }
        if (starts(b, 0x3C, 0x00, 0x00, 0x00)) {
            return new String(b, UTF_32LE);
        }
        if (starts(b, 0x00, 0x3C, 0x00, 0x3F)) {
            return new String(b, StandardCharsets.UTF_16BE);
        }
        if (starts(b, 0x3C, 0x00, 0x3F, 0x00)) {
            return new String(b, StandardCharsets.UTF_16LE);
        }
        Charset named = charset(contentType == null ? null : match(CHARSET, contentType));
        if (named == null) {
            String head = new String(b, 0, Math.min(b.length, 200), StandardCharsets.ISO_8859_1);
            named = charset(match(DECLARED, head));
        }
        if (named != null && !named.equals(StandardCharsets.UTF_8) && !named.name().startsWith("UTF-16")
                && !named.name().startsWith("UTF-32")) {
            // as browsers do (the WHATWG encoding standard): "ISO-8859-1" and "US-ASCII" mean windows-1252, whose
            // curly quotes and dashes old tools wrote under those names
            if (named.equals(StandardCharsets.ISO_8859_1) || named.equals(StandardCharsets.US_ASCII)) {
                named = Charset.forName("windows-1252");
            }
            return new String(b, named);
        }
        return lenientUtf8(b, 0);
    }

    /** UTF-8, or cp1252 when the bytes are not UTF-8 (what old feed tools wrote). */
    private static String lenientUtf8(byte[] b, int from) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, b.length - from)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, from, b.length - from, Charset.forName("windows-1252"));
        }
    }

    private static String stripDoctype(String text) throws RejectedInputException {
        Matcher m = DOCTYPE.matcher(text);
        // only a DOCTYPE in the prolog is one: "<!DOCTYPE" inside an entry's text is text
        if (!m.find() || m.start() > prologEnd(text)) {
            return text;
        }
        if (m.group(1) != null) {
            throw new RejectedInputException(t("reason.doctype"));
        }
        int end = text.indexOf('>', m.end());
        return end < 0 ? text : text.substring(0, m.start()) + text.substring(end + 1);
    }

    /** Where the root element starts: the first '<' not opening a declaration, comment or instruction. */
    private static int prologEnd(String text) {
        int i = 0;
        while ((i = text.indexOf('<', i)) >= 0 && i + 1 < text.length()) {
            char c = text.charAt(i + 1);
            if (c != '!' && c != '?') {
                return i;
            }
            if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i);
                i = end < 0 ? text.length() : end + 3;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static Charset charset(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null; // an encoding Java does not know: the bytes are read as UTF-8
        }
    }

    private static String match(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A title or name as plain text: markup stripped, entities decoded, white space folded; null when empty. */
    static String plain(String s) {
        if (s == null) {
            return null;
        }
        String t = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s;
        t = t.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
