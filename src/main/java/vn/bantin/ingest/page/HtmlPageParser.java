package vn.bantin.ingest.page;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.Source;
import vn.bantin.ingest.RejectedInputException;

/**
 * Reads an HTML page saved from a news site: the article's title, date, lead, paragraphs and captions, with
 * menus, share bars, related links and scripts left behind. Site markup is tried first (the outlets' own
 * article containers), then the element that holds the most paragraph text.
 */
public final class HtmlPageParser {
    private static final String JUNK = "script, style, noscript, iframe, nav, header, footer, aside, form, button, svg,"
            + " .menu, .nav, .navigation, .breadcrumb, .breadcrumbs, .share, .social, .related, .relate, .tags, .tag,"
            + " .comment, .comments, .advert, .ads, .banner, [role=navigation], [aria-hidden=true]";
    private static final String CONTAINERS = "[itemprop=articleBody], .detail-content, .article-body, .article__body,"
            + " .content-detail, .fck_detail, .detail__content, .detail-cmain, .article-content, .post-content,"
            + " .entry-content, #abody, .content_detail, .detail-c, article";
    private static final String LEAD = ".sapo, .detail-sapo, .article__sapo, .lead, .description, .summary, h2.sapo";
    private static final String CAPTION = "figcaption, .PhotoCMS_Caption, .image-caption, .caption, .fig-caption,"
            + " td.image_desc, .expNoEdit, p.Image";
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    private HtmlPageParser() {
    }

    public static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head")
                || head.contains("<body") || (head.startsWith("<") && head.contains("<p"));
    }

    public static ParsedPage parse(String html, String knownUrl) throws RejectedInputException {
        return parse(html, knownUrl, null);
    }

    /**
     * {@code fallbackUrl} is where the page was fetched from: used only when the page names no canonical
     * address of its own, which would otherwise win (so a saved copy and a fetched one get the same id).
     */
    public static ParsedPage parse(String html, String knownUrl, String fallbackUrl) throws RejectedInputException {
        Document doc = Jsoup.parse(html, knownUrl != null ? knownUrl : fallbackUrl == null ? "" : fallbackUrl);
        String url = firstNonBlank(knownUrl, attr(doc, "link[rel=canonical]", "href"), attr(doc, "meta[property=og:url]", "content"),
                fallbackUrl);
        Optional<Outlets.Outlet> outlet = Outlets.byUrl(url);
        Boolean dayFirst = outlet.map(Outlets.Outlet::dayFirst).orElse(null);

        String title = firstNonBlank(text(doc.selectFirst("h1")), attr(doc, "meta[property=og:title]", "content"),
                cleanTitle(doc.title()));
        OffsetDateTime published = date(doc, dayFirst);

        String author = author(doc);
        Elements junk = doc.select(JUNK);
        junk.remove();
        doc.select(AUTHOR_LINES).remove();
        Element container = container(doc);
        if (container == null) {
            throw new RejectedInputException("no article text found in the HTML");
        }
        String lead = text(doc.selectFirst(LEAD));
        List<String> captions = new ArrayList<>();
        for (Element c : container.select(CAPTION)) {
            String t = PageText.stripCaptionCredit(TextDecoder.normalize(c.text()).strip());
            if (!t.isEmpty() && !captions.contains(t)) {
                captions.add(t);
            }
            c.remove();
        }
        List<String> body = new ArrayList<>();
        for (Element p : container.select("p, h2, h3, li, blockquote")) {
            if (!p.select("p").isEmpty() && !p.tagName().equals("p")) {
                continue; // its paragraphs come on their own
            }
            String t = TextDecoder.normalize(p.text()).strip();
            if (t.isEmpty() || t.equals(title) || (lead != null && t.equals(lead))) {
                continue;
            }
            if (DateParser.parseDateLine(t, dayFirst, null).isPresent()) {
                continue;
            }
            if (PageText.hasCaptionCredit(t) && PageText.words(t) < 60) {
                captions.add(PageText.stripCaptionCredit(t));
                continue;
            }
            body.add(t);
        }
        if (lead == null || lead.isBlank()) {
            lead = attr(doc, "meta[name=description]", "content");
            if (lead == null || lead.isBlank()) {
                if (body.isEmpty()) {
                    throw new RejectedInputException("no article text found in the HTML");
                }
                lead = body.remove(0);
            }
        }
        lead = TextDecoder.normalize(lead).strip();
        String last = body.isEmpty() ? lead : body.get(body.size() - 1);
        if (outlet.isEmpty()) {
            outlet = Outlets.byText(lead, last, doc.title(), doc.text());
        }
        lead = PageText.stripVgpPrefix(lead);
        if (!body.isEmpty()) {
            body.set(body.size() - 1, PageText.stripSignOff(last));
        } else {
            lead = PageText.stripSignOff(lead);
        }
        int words = PageText.words(lead) + body.stream().mapToInt(PageText::words).sum();
        if (words < 20) {
            throw new RejectedInputException("too short to be an article (" + words + " words)");
        }
        if (title == null || title.isBlank()) {
            title = PageText.deriveTitle(lead);
        }
        title = TextDecoder.normalize(title).strip();
        Source source = outlet.map(Outlets.Outlet::source).orElse(Source.UNKNOWN);
        return new ParsedPage(source, url, title, lead, body, captions, published,
                PageText.language(title + "\n" + lead + "\n" + String.join("\n", body)), author);
    }

    /** Where outlets name the writer: the byline elements inside the article, which are not its text. */
    private static final String AUTHOR_LINES = ".author_mail, .author, .article__author, .detail-author, .byline, [itemprop=author], [rel=author]";

    /** The writer, from the page's metadata or its byline; null when the page names none. */
    private static String author(Document doc) {
        String a = firstNonBlank(attr(doc, "meta[name=author]", "content"), attr(doc, "meta[property=article:author]", "content"),
                text(doc.selectFirst(AUTHOR_LINES)));
        if (a == null) {
            return null;
        }
        a = TextDecoder.normalize(a).strip().replaceFirst("(?i)^(by|bài|theo)\\s*:?\\s+", "");
        // a URL (article:author often is one) or a whole sentence is no name
        if (a.isEmpty() || a.contains("://") || a.length() > 80) {
            return null;
        }
        return a;
    }

    /** A picture in an article's text: where to fetch it and the caption printed with it. */
    public record ImageRef(String url, String caption) {
    }

    /**
     * The pictures inside the article text (not the site's logos, menus or adverts), absolute http(s) addresses
     * only, at most {@code max}.
     */
    public static List<ImageRef> images(String html, String pageUrl, int max) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        doc.select(JUNK).remove();
        Element container = container(doc);
        List<ImageRef> out = new ArrayList<>();
        if (container == null) {
            return out;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Element img : container.select("img")) {
            if (out.size() >= max) {
                break;
            }
            String src = img.absUrl("src");
            if (src.isEmpty()) {
                src = img.absUrl("data-src");
            }
            String lower = src.toLowerCase(java.util.Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://")) || !seen.add(src)) {
                continue;
            }
            Element figure = img.closest("figure");
            Element cap = figure == null ? null : figure.selectFirst("figcaption");
            String caption = cap != null ? cap.text() : img.attr("alt");
            caption = PageText.stripCaptionCredit(TextDecoder.normalize(caption).strip());
            out.add(new ImageRef(src, caption.isEmpty() ? null : caption));
        }
        return out;
    }

    private static Element container(Document doc) {
        for (Element e : doc.select(CONTAINERS)) {
            if (e.select("p").size() >= 1 && e.text().length() > 200) {
                return e;
            }
        }
        Element best = null;
        int bestLen = 0;
        for (Element e : doc.select("div, section, main, td")) {
            int len = 0;
            for (Element p : e.children()) {
                if (p.tagName().equals("p")) {
                    len += p.text().length();
                }
            }
            if (len > bestLen) {
                bestLen = len;
                best = e;
            }
        }
        if (best == null && doc.body() != null && !doc.body().select("p").isEmpty()) {
            return doc.body();
        }
        return best;
    }

    private static OffsetDateTime date(Document doc, Boolean dayFirst) {
        for (String sel : new String[] {"meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[property=og:published_time]"}) {
            String v = attr(doc, sel, "content");
            Optional<OffsetDateTime> d = DateParser.parseDateLine(v, dayFirst, null);
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (Element t : doc.select("time[datetime]")) {
            Optional<OffsetDateTime> d = DateParser.parseDateLine(t.attr("datetime"), dayFirst, null);
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (Element s : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(s.data());
            if (m.find()) {
                Optional<OffsetDateTime> d = DateParser.parseDateLine(m.group(1), dayFirst, null);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        for (Element e : doc.select(".date, .time, .datetime, .publish-date, .detail-time, .article__meta time,"
                + " .date-time, .time-published, span.date, div.date")) {
            Optional<OffsetDateTime> d = DateParser.parseDateLine(e.text(), dayFirst, null);
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    private static String cleanTitle(String t) {
        if (t == null) {
            return null;
        }
        return t.replaceAll("\\s+[|–—-]\\s+[^|–—-]{2,40}$", "").strip();
    }

    private static String attr(Document doc, String selector, String attr) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : e.attr(attr);
    }

    private static String text(Element e) {
        return e == null ? null : e.text().strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
