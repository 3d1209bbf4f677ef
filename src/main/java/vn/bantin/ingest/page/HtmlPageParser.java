package vn.bantin.ingest.page;

import static vn.bantin.i18n.Texts.t;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.bantin.domain.ParsedPage;
import vn.bantin.domain.Source;
import vn.bantin.ingest.Css;
import vn.bantin.ingest.RejectedInputException;

/**
 * Reads an HTML page saved from a news site, or fetched for a feed entry: what the page says about itself
 * ({@link PageMetadata}: JSON-LD, OpenGraph, microdata) for its title, date, writer and address, and the
 * article found by {@link ArticleExtractor} for its lead, paragraphs and captions.
 */
public final class HtmlPageParser {
    private static final String LEAD = ".sapo, .detail-sapo, .article__sapo, .article-sapo, .lead, .article-lead,"
            + " .description, .summary, h2.sapo, .detail__summary, .singular-sapo, [itemprop=description]";
    private static final String AUTHOR_LINES = ".author_mail, .author, .article__author, .detail-author, .byline,"
            + " [itemprop=author], [rel=author]";

    private static final int MIN_WORDS = 20;

    private HtmlPageParser() {
    }

    public static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
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
        String base = knownUrl != null ? knownUrl : fallbackUrl == null ? "" : fallbackUrl;
        Document doc = Jsoup.parse(html, base);
        PageMetadata meta = PageMetadata.of(doc);
        String url = PageMetadata.firstNonBlank(knownUrl, absolute(meta.canonical()), fallbackUrl);
        Optional<Outlets.Outlet> outlet = Outlets.byUrl(url);
        if (outlet.isEmpty()) {
            outlet = Outlets.byName(meta.siteName());
        }
        Boolean dayFirst = outlet.map(Outlets.Outlet::dayFirst).orElse(null);

        String title = Titles.choose(meta, h1s(doc), outlet.map(o -> o.source().name()).orElse(null));
        OffsetDateTime published = meta.publishedDate(dayFirst).orElseGet(() -> visibleDate(doc, dayFirst));
        String author = author(meta, doc);
        String explicitLead = text(doc.selectFirst(Css.of(LEAD)));

        doc.select(Css.of(AUTHOR_LINES)).remove();
        ArticleExtractor.Result article = ArticleExtractor.extract(doc, title, () -> {
            Document again = Jsoup.parse(html, base);
            again.select(Css.of(AUTHOR_LINES)).remove();
            return again;
        });
        List<String> captions = new ArrayList<>();
        List<String> body = new ArrayList<>();
        for (ArticleExtractor.Block b : article.blocks()) {
            String t = TextDecoder.normalize(b.text()).strip();
            if (b.kind() == ArticleExtractor.Kind.CAPTION) {
                addCaption(captions, t);
                continue;
            }
            if (t.length() <= 80 && DateParser.parseDateLine(t, dayFirst, null).isPresent()) {
                continue; // the date line printed above or below the story
            }
            if (PageText.hasCaptionCredit(t) && PageText.words(t) < 60) {
                addCaption(captions, t);
                continue;
            }
            body.add(t);
        }
        String lead = explicitLead == null ? null : TextDecoder.normalize(explicitLead).strip();
        if (lead != null && (lead.length() < 20 || PageText.words(lead) < 4)) {
            lead = null; // a "lead" element holding a label, not a paragraph
        }
        if (lead != null) {
            String l = lead;
            body.removeIf(p -> p.equals(l));
        } else if (!body.isEmpty()) {
            lead = body.remove(0);
        } else if (meta.description() != null) {
            lead = TextDecoder.normalize(meta.description()).strip();
        }
        if (lead == null || lead.isBlank()) {
            throw new RejectedInputException(t("reason.noArticleHtml"));
        }
        String last = body.isEmpty() ? lead : body.get(body.size() - 1);
        if (outlet.isEmpty()) {
            outlet = Outlets.byText(lead, last, doc.title(), String.join("\n", body));
        }
        lead = PageText.stripOutletPrefix(lead);
        if (!body.isEmpty()) {
            body.set(body.size() - 1, PageText.stripSignOff(last));
        } else {
            lead = PageText.stripSignOff(lead);
        }
        // counted only as far as the least an article has: a long page is not counted word by word
        int words = words(lead);
        for (int i = 0; i < body.size() && words < MIN_WORDS; i++) {
            words += words(body.get(i));
        }
        if (words < MIN_WORDS) {
            throw new RejectedInputException(t("reason.tooShort", words));
        }
        if (title == null || title.isBlank()) {
            title = PageText.deriveTitle(lead);
        }
        title = TextDecoder.normalize(title).strip();
        Source source = Outlets.sourceOf(outlet, url, meta.siteName());
        return new ParsedPage(source, url, title, lead, body, captions, published,
                PageText.language(title + "\n" + lead + "\n" + String.join("\n", body)), author);
    }

    /** Words, counting each Chinese or Japanese character as one (those scripts put no spaces between words). */
    private static int words(String text) {
        int cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x1100 || (c >= 0x1200 && c < 0x2E80)) {
                continue; // Latin, Vietnamese, Cyrillic...: the script's look-up, a search of a table, is not needed
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) {
                cjk++;
            }
        }
        return PageText.words(text) + cjk / 2;
    }

    private static void addCaption(List<String> captions, String t) {
        String c = PageText.stripCaptionCredit(t);
        if (!c.isEmpty() && !captions.contains(c)) {
            captions.add(c);
        }
    }

    private static List<String> h1s(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element h : doc.select(Css.of("h1"))) {
            String t = h.text().strip();
            if (h.closest(Css.of("header, nav, footer, [class~=(?i)logo|brand|site-?title|masthead]")) != null
                    && h.closest(Css.of("article")) == null) {
                continue; // the site's name set in a heading
            }
            if (!t.isEmpty() && out.size() < 4) {
                out.add(t);
            }
        }
        return out;
    }

    private static String absolute(String url) {
        return url == null || url.startsWith("http://") || url.startsWith("https://") ? url : null;
    }

    /** The writer, from the page's metadata or its byline; null when the page names none. */
    private static String author(PageMetadata meta, Document doc) {
        String a = PageMetadata.firstNonBlank(meta.author(), text(doc.selectFirst(Css.of(AUTHOR_LINES))));
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
        String base = pageUrl == null ? "" : pageUrl;
        List<ImageRef> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Element img : ArticleExtractor.extract(Jsoup.parse(html, base), null, () -> Jsoup.parse(html, base)).images()) {
            if (out.size() >= max) {
                break;
            }
            String src = img.absUrl("src");
            if (src.isEmpty() || src.startsWith("data:")) {
                src = img.absUrl("data-src");
            }
            String lower = src.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("http://") || lower.startsWith("https://")) || !seen.add(src)) {
                continue;
            }
            Element figure = img.closest(Css.of("figure"));
            Element cap = figure == null ? null : figure.selectFirst(Css.of("figcaption"));
            String caption = cap != null ? cap.text() : img.attr("alt");
            caption = PageText.stripCaptionCredit(TextDecoder.normalize(caption).strip());
            out.add(new ImageRef(src, caption.isEmpty() ? null : caption));
        }
        return out;
    }

    /** A date printed on the page where its metadata names none. */
    private static OffsetDateTime visibleDate(Document doc, Boolean dayFirst) {
        for (Element e : doc.select(Css.of(".date, .time, .datetime, .publish-date, .detail-time, .article__meta time,"
                + " .date-time, .time-published, span.date, div.date, .post-date, .entry-date, .published"))) {
            Optional<OffsetDateTime> d = DateParser.parseDateLine(e.text(), dayFirst, null);
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.text().strip();
    }
}
