package vn.bantin.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.bantin.ingest.Css;
import vn.bantin.ingest.page.ArticleExtractor.Block;
import vn.bantin.ingest.page.ArticleExtractor.Kind;

/**
 * The article element, once found, as blocks of text in reading order: runs of inline content become paragraphs,
 * block elements their own kind, captions by their markup; then the lines that are not the article (link runs, the
 * title repeated, chrome, bylines, time stamps, headings left with nothing under them) are dropped.
 */
final class ArticleBlocks {
    private ArticleBlocks() {
    }

    /** Lines that sit inside article markup on many sites but are never the article. */
    private static final Pattern CHROME_LINE = Pattern.compile("(?i)^(advertisement|advertising|ad|sponsored( content)?"
            + "|story continues below( advertisement)?|continue reading( below)?|read more|read also|see also|related:?"
            + "|share( this( article| story)?)?|share on \\w+|tweet|email|print|comments?|click here.*|subscribe( now)?"
            + "|sign up.*newsletter.*|skip (to )?(main )?content|back to top|loading\\.*|photo|video|image"
            + "|xem thêm|đọc thêm|tin liên quan|chia sẻ|bình luận|quảng cáo|this slideshow requires javascript"
            + "|(please )?enable javascript.*|javascript is (off|disabled).*|you may also like|trending( now| stories)?)\\s*[:.!…]?$");
    /** A byline or a time stamp printed in the article: "By Jane Roe - 11/18/19 11:04 PM", "Updated at 1:23 p.m." */
    private static final Pattern BYLINE_OR_STAMP = Pattern.compile("^(?:(?:By|BY|Bởi|Theo)\\s+\\p{Lu}[^.!?]{0,80}"
            + "|.{0,40}\\b(?:[Pp]ublished|[Uu]pdated|[Pp]osted|[Ll]ast modified|Cập nhật)\\b.{0,12}\\d.{0,50})$");
    /**
     * Turns an element's content into blocks in reading order: runs of inline content become paragraphs (split
     * at double line breaks), block elements their own kind. Each block keeps how much of it is link text.
     * {@code texts} holds elements' texts already read from the page as it is now.
     */
    static void collect(Element e, List<Block> out, boolean inLink, Map<Element, String> texts) {
        String tag = e.tagName();
        boolean link = inLink || tag.equals("a");
        Kind own = isCaption(e) ? Kind.CAPTION : kindOf(tag);
        if (own != null && !ArticleExtractor.hasBlockChild(e)) {
            String known = texts.get(e);
            String t = known != null ? known : e.text();
            addText(out, own, t, link ? t.length() : linkChars(e));
            return;
        }
        Run run = new Run(own != null && own != Kind.PARAGRAPH ? own : Kind.PARAGRAPH);
        int breaks = 0;
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                String s = t.text();
                if (!s.isBlank()) {
                    if (breaks >= 2) {
                        run.flush(out);
                    }
                    breaks = 0;
                }
                run.text.append(s);
                if (link) {
                    run.links += s.length();
                }
            } else if (n instanceof Element c) {
                String ct = c.tagName();
                if (ct.equals("br")) {
                    breaks++;
                    run.text.append(' ');
                    continue;
                }
                if (ArticleExtractor.BLOCKS.contains(ct) || hasBlockInside(c) || isCaption(c)) {
                    run.flush(out);
                    breaks = 0;
                    collect(c, out, link, texts);
                } else {
                    if (breaks >= 2) {
                        run.flush(out);
                    }
                    breaks = 0;
                    String text = c.text();
                    run.text.append(text).append(endsWithSpace(c) ? " " : "");
                    run.links += link || ct.equals("a") ? text.length() : linkChars(c);
                }
            }
        }
        run.flush(out);
    }

    /** Inline content being gathered into one paragraph. */
    private static final class Run {
        final Kind kind;
        final StringBuilder text = new StringBuilder();
        int links;

        Run(Kind kind) {
            this.kind = kind;
        }

        void flush(List<Block> out) {
            if (text.length() > 0) {
                addText(out, kind, text.toString(), links);
                text.setLength(0);
                links = 0;
            }
        }
    }

    private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)caption|credit|photo-?desc|image-?desc|img-?desc|wp-caption-text");

    private static boolean isCaption(Element e) {
        if (e.tagName().equals("figcaption")) {
            return true;
        }
        String ci = e.className() + " " + e.id();
        return !ci.isBlank() && CAPTION_CLASS.matcher(ci).find() && e.text().length() < 400;
    }

    private static int linkChars(Element e) {
        int n = 0;
        for (Element a : e.select(Css.of("a"))) {
            n += a.text().length();
        }
        return n;
    }

    private static boolean endsWithSpace(Element c) {
        Node last = c.lastChild();
        return last instanceof TextNode t && t.getWholeText().endsWith(" ");
    }

    private static boolean hasBlockInside(Element c) {
        for (Element d : c.getAllElements()) {
            if (d != c && ArticleExtractor.BLOCKS.contains(d.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static Kind kindOf(String tag) {
        return switch (tag) {
            case "p", "dd", "dt", "address", "td", "th", "summary" -> Kind.PARAGRAPH;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> Kind.HEADING;
            case "li" -> Kind.ITEM;
            case "blockquote" -> Kind.QUOTE;
            case "figcaption", "caption" -> Kind.CAPTION;
            case "pre" -> Kind.CODE;
            default -> null;
        };
    }

    private static void addText(List<Block> out, Kind kind, String text, int links) {
        String t = oneSpaced(text).strip();
        if (t.isEmpty()) {
            return;
        }
        // a line that is mostly a link is a menu entry, a "related" teaser or a tag, not the article's text
        if (kind != Kind.CAPTION && links > 0 && links >= 0.5 * t.length() && t.length() < 400) {
            out.add(new Block(kind, t, true));
            return;
        }
        out.add(new Block(kind, t, false));
    }

    /**
     * Each run of white space ({@code \s}: space, tab, line breaks, vertical tab, form feed) as one space. A
     * regular expression did this, replacing every single space with a space: a twentieth of a page's parse.
     */
    static String oneSpaced(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isWhite(c) && (c != ' ' || (i + 1 < n && isWhite(text.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n).append(text, 0, i);
        boolean white = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isWhite(c)) {
                white = true;
            } else {
                if (white) {
                    sb.append(' ');
                    white = false;
                }
                sb.append(c);
            }
        }
        if (white) {
            sb.append(' ');
        }
        return sb.toString();
    }

    private static boolean isWhite(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Drops link lines, the title repeated, chrome lines, exact repeats of an earlier block, and headings left
     * with nothing under them ("Related stories" over a list of links).
     */
    static List<Block> tidy(List<Block> blocks, String title) {
        List<Block> out = new ArrayList<>();
        String foldedTitle = title == null ? null : title.strip().toLowerCase(Locale.ROOT);
        boolean droppedSinceHeading = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = b.text();
            String lower = t.toLowerCase(Locale.ROOT);
            boolean drop = linkLine(blocks, i) || (foldedTitle != null && lower.equals(foldedTitle))
                    || (t.length() < 80 && CHROME_LINE.matcher(t).matches())
                    || (t.length() < 110 && b.kind() != Kind.HEADING && BYLINE_OR_STAMP.matcher(t).matches())
                    || (!out.isEmpty() && out.get(out.size() - 1).text().equals(t));
            if (drop) {
                droppedSinceHeading = true;
                continue;
            }
            if (b.kind() == Kind.HEADING) {
                dropOrphanHeading(out, droppedSinceHeading);
                droppedSinceHeading = false;
            }
            out.add(b);
        }
        dropOrphanHeading(out, droppedSinceHeading);
        return out;
    }

    /**
     * A block of link text goes when it is a list item or heading, or one of a run of them (a menu, a list of
     * related stories); a single linked line among paragraphs is part of the text (a product, a source).
     */
    private static boolean linkLine(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        if (!b.links()) {
            return false;
        }
        if (b.kind() == Kind.ITEM || b.kind() == Kind.HEADING) {
            return true;
        }
        boolean before = i > 0 && blocks.get(i - 1).links();
        boolean after = i + 1 < blocks.size() && blocks.get(i + 1).links();
        return before || after;
    }

    private static void dropOrphanHeading(List<Block> out, boolean droppedSinceHeading) {
        if (droppedSinceHeading && !out.isEmpty() && out.get(out.size() - 1).kind() == Kind.HEADING) {
            out.remove(out.size() - 1);
        }
    }
}
