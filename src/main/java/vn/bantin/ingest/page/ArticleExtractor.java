package vn.bantin.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import vn.bantin.ingest.Css;

/**
 * Finds the article in a web page and returns its text as blocks (paragraphs, headings, list items, quotes,
 * captions) in reading order. The approach is Firefox reader view's (Readability): paragraphs vote for the
 * elements that hold them, the best-scored element and its like siblings are the article, and parts of it that
 * are mostly links, pictures or forms are cut. It runs strict first (elements whose class or id says menu,
 * sidebar, comment... are dropped before scoring) and again more leniently when that leaves too little, as
 * Readability and trafilatura both do, so a page whose article sits in an odd wrapper still yields it.
 * Chosen over Readability4J by measuring both on the public extraction benchmark (BENCHMARKS.md).
 */
public final class ArticleExtractor {
    /** What a block of article text is. */
    public enum Kind { PARAGRAPH, HEADING, ITEM, QUOTE, CAPTION, CODE }

    /** One block of text; {@code links} marks a block made mostly of link text, which the article leaves out. */
    public record Block(Kind kind, String text, boolean links) {
        public Block(Kind kind, String text) {
            this(kind, text, false);
        }
    }

    /**
     * The article's blocks, the element they came from, and the pictures inside the article as it was before
     * its clean-up (a figure with little text is cut from the text, not from the pictures).
     */
    public record Result(List<Block> blocks, Element root, List<Element> images) {
        public int length() {
            return blocks.stream().mapToInt(b -> b.text().length()).sum();
        }
    }

    private static final String ALWAYS_JUNK = "script, style, noscript, template, iframe, svg, canvas, object, embed,"
            + " button, select, input, textarea, option, label, link, meta, nav, aside, footer, dialog, menu,"
            + " [hidden], [role=navigation], [role=menu], [role=menubar], [role=complementary], [role=dialog],"
            + " [role=alertdialog], [role=banner], [role=contentinfo], [role=search]";
    private static final Pattern UNLIKELY = Pattern.compile("-ad-|ai2html|banner|breadcrumb|combx|comment|community"
            + "|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar"
            + "|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter"
            + "|subscribe|share|promo|outbrain|taboola|cookie|masthead|toolbar|widget|tags|trending|most-?read"
            + "|recommend|signup|byline|author-bio", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|text|post|entry",
            Pattern.CASE_INSENSITIVE);
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
            "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "caption", "body", "html");
    private static final int ENOUGH = 500;

    private ArticleExtractor() {
    }

    /**
     * Extracts from {@code doc}, which it changes (junk is removed); {@code fresh} gives another copy of the page
     * for the lenient run, needed only when the strict one finds too little (most pages never ask for it).
     */
    public static Result extract(Document doc, String title, Supplier<Document> fresh) {
        Result strict = extractFrom(prepare(doc), true, title);
        if (strict.length() >= ENOUGH) {
            return strict;
        }
        Result lenient = extractFrom(prepare(fresh.get()), false, title);
        return lenient.length() > strict.length() * 1.3 ? lenient : strict;
    }

    private static Document prepare(Document doc) {
        doc.select(Css.of(ALWAYS_JUNK)).remove();
        removeHiddenAndSmallHeaders(doc);
        return doc;
    }

    private static void removeHiddenAndSmallHeaders(Document doc) {
        for (Element e : doc.select(Css.of("[style]"))) {
            String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                e.remove();
            }
        }
        for (Element e : doc.select(Css.of("[aria-hidden=true]"))) {
            if (e.parent() != null && e.text().length() < 200) {
                e.remove();
            }
        }
        // a header holds the site's masthead and menu, or the article's own title and byline: never its text,
        // unless a page wraps the whole article in it
        for (Element h : doc.select(Css.of("header"))) {
            if (h.parent() != null && h.select(Css.of("p")).size() < 3) {
                h.remove();
            }
        }
    }

    private static Result extractFrom(Document doc, boolean strict, String title) {
        Element body = doc.body();
        if (body == null) {
            return new Result(List.of(), null, List.of());
        }
        if (strict) {
            for (Element e : new ArrayList<>(body.getAllElements())) {
                if (e == body || e.parent() == null || e.tagName().equals("article") || e.tagName().equals("main")
                        || e.tagName().equals("a")) {
                    continue;
                }
                String ci = e.className() + " " + e.id();
                if (ci.isBlank()) {
                    continue;
                }
                if (UNLIKELY.matcher(ci).find() && !MAYBE.matcher(ci).find() && !insideTableOrCode(e)) {
                    e.remove();
                }
            }
        }
        // an element's text is a walk of all it holds: each is read once while the page is not changed
        Map<Element, String> texts = new java.util.IdentityHashMap<>();
        Scores scores = new Scores(ElementScores.score(body, texts));
        // the highest scores first: a score no higher than the best so far cannot pass it once its links are weighed
        List<Element> byScore = new ArrayList<>(scores.elements());
        byScore.sort((a, b) -> Double.compare(scores.before(b), scores.before(a)));
        Element top = null;
        double best = 0;
        for (Element e : byScore) {
            if (scores.before(e) <= best) {
                break;
            }
            double v = scores.get(e);
            if (v > best) {
                best = v;
                top = e;
            }
        }
        if (top == null) {
            top = body;
        }
        top = promote(top, scores, best);
        List<Element> parts = withSiblings(top, scores, best);
        List<Block> blocks = new ArrayList<>();
        List<Element> images = new ArrayList<>();
        scores.settle(parts); // the clean-up below reads scores of elements it may have emptied by then
        for (Element part : parts) {
            images.addAll(part.select(Css.of("img")));
            if (clean(part, scores)) {
                texts.clear(); // what was cut may have been inside a paragraph read before
            }
            ArticleBlocks.collect(part, blocks, false, texts);
        }
        return new Result(ArticleBlocks.tidy(blocks, title), top, images);
    }

    private static boolean insideTableOrCode(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String t = p.tagName();
            if (t.equals("table") || t.equals("code") || t.equals("pre")) {
                return true;
            }
        }
        return false;
    }

    static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.tagName())) {
                return true;
            }
        }
        return false;
    }

    static double linkDensity(Element e) {
        Elements anchors = e.select(Css.of("a"));
        // an element without links needs no reading of its text, the longest walk of its subtree
        return anchors.isEmpty() ? 0 : linkDensity(anchors, e.text().length());
    }

    /** The share of an element's text that is link text; {@code len} is the length of its text. */
    private static double linkDensity(Element e, int len) {
        return linkDensity(e.select(Css.of("a")), len);
    }

    private static double linkDensity(Elements anchors, int len) {
        if (len == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : anchors) {
            String href = a.attr("href");
            double coef = href.startsWith("#") ? 0.3 : 1;
            links += a.text().length() * coef;
        }
        return Math.min(1, links / len);
    }

    /**
     * Goes up from the top element when its parent is where several good candidates meet (an article split into
     * sibling sections), or when the parent holds nothing else.
     */
    private static Element promote(Element top, Scores scores, double best) {
        List<Element> alternatives = new ArrayList<>();
        scores.elements().stream().filter(e -> e != top && scores.reaches(e, 0.0, best * 0.75))
                .sorted((a, b) -> Double.compare(scores.get(b), scores.get(a))).limit(5)
                .forEach(alternatives::add);
        Element result = top;
        if (alternatives.size() >= 3) {
            for (Element p = top.parent(); p != null && !p.tagName().equals("body") && !p.tagName().equals("html"); p = p.parent()) {
                int containing = 0;
                for (Element alt : alternatives) {
                    if (isAncestor(p, alt)) {
                        containing++;
                    }
                }
                if (containing >= 3) {
                    result = p;
                    break;
                }
            }
        }
        while (result.parent() != null && !result.parent().tagName().equals("body")
                && !result.parent().tagName().equals("html") && result.parent().children().size() == 1) {
            result = result.parent();
        }
        return result;
    }

    private static boolean isAncestor(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    /**
     * The top element with the siblings that look like more of the article (Readability's rule), and elements
     * elsewhere of the very same tag and class that hold paragraphs: sites that cut an article into chunks
     * between adverts repeat the chunk's markup.
     */
    private static List<Element> withSiblings(Element top, Scores scores, double best) {
        Element parent = top.parent();
        if (parent == null || top.tagName().equals("body")) {
            return List.of(top);
        }
        if (!top.className().isBlank()) {
            List<Element> chunks = new ArrayList<>();
            for (Element e : top.ownerDocument().getElementsByTag(top.tagName())) {
                if (e == top || (e.className().equals(top.className()) && !isAncestor(e, top) && !isAncestor(top, e)
                        && e.select(Css.of("p")).size() > 0 && scores.reaches(e, 0.0, Math.max(10, best * 0.1)))) {
                    chunks.add(e);
                }
            }
            if (chunks.size() > 1) {
                return chunks;
            }
        }
        double threshold = Math.max(10, best * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == top) {
                out.add(s);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(s.className()) ? best * 0.2 : 0;
            if (scores.has(s) && scores.reaches(s, bonus, threshold)) {
                out.add(s);
            } else if (s.tagName().equals("p")) {
                String t = s.text();
                double ld = linkDensity(s, t.length());
                if ((t.length() > 80 && ld < 0.25) || (t.length() > 0 && t.length() <= 80 && ld == 0
                        && t.matches("(?s).*\\.( .*)?$"))) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Readability's conditional clean: parts of the article that are mostly links, pictures or inputs go; whether any did. */
    private static boolean clean(Element root, Scores scores) {
        List<Element> candidates = new ArrayList<>(root.select(Css.of("div, section, ul, ol, table, form, figure, dl")));
        java.util.Collections.reverse(candidates); // innermost first
        boolean cut = false;
        for (Element e : candidates) {
            if (e == root || e.parent() == null) {
                continue;
            }
            if (shouldCut(e, scores)) {
                e.remove();
                cut = true;
            }
        }
        return cut;
    }

    private static boolean shouldCut(Element e, Scores scores) {
        String tag = e.tagName();
        boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
        String text = e.text();
        int weight = ElementScores.classWeight(e);
        if (!scores.reaches(e, weight, 0) && !hasArticleBody(e)) {
            return true;
        }
        if (ElementScores.commas(text) >= 10) {
            return false;
        }
        int ps = e.select(Css.of("p")).size();
        int imgs = e.select(Css.of("img")).size();
        int lis = e.select(Css.of("li")).size() - 100;
        int inputs = e.select(Css.of("input")).size();
        int len = text.length();
        double ld = linkDensity(e, len);
        if (tag.equals("figure")) {
            return ld > 0.5 && len > 0;
        }
        if (list) {
            // a list in the article is text (steps, points); a list of links is a menu or "related"
            return ld > 0.5 || (weight < 0 && ld > 0.2);
        }
        if (tag.equals("table") && !e.select(Css.of("th, td")).isEmpty() && ld < 0.3) {
            return false;
        }
        if (imgs > 1 && ps / (double) imgs < 0.5 && len < 100) {
            return true;
        }
        if (lis > ps) {
            return true;
        }
        if (inputs > ps / 3) {
            return true;
        }
        if (len < 25 && (imgs == 0 || imgs > 2) && ps == 0) {
            return !e.select(Css.of("h1,h2,h3,h4,h5,h6")).isEmpty() ? false : len > 0 || imgs > 2;
        }
        if (weight < 25 && ld > 0.2 && len < 800) {
            return true;
        }
        return weight >= 25 ? ld > 0.5 : ld > 0.35;
    }

    private static boolean hasArticleBody(Element e) {
        return e.attr("itemprop").equalsIgnoreCase("articleBody") || !e.select(Css.of("[itemprop=articleBody]")).isEmpty();
    }

}
