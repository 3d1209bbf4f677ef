package vn.bantin.ingest.feed;

import static vn.bantin.i18n.Texts.t;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import vn.bantin.ingest.RejectedInputException;

/**
 * RSS 0.9x, 1.0 and 2.0 and Atom 0.3 and 1.0 through Rome, decoded by {@link FeedText} (a DOCTYPE is taken out and
 * never read; one declaring entities is refused). Every entry the feed has comes out: one with no id, link or
 * title is known by a digest of its content, so it can neither vanish nor be stored twice.
 */
public final class FeedParser {
    /** One entry; {@code title} and {@code author} are plain text, {@code html} the entry's own text as markup. */
    public record Entry(String guid, String link, String title, Instant published, Instant updated, String html,
                        String author, String summary) {
        public Entry(String guid, String link, String title, Instant published, Instant updated, String html) {
            this(guid, link, title, published, updated, html, null, null);
        }
    }

    public record ParsedFeed(String title, String siteUrl, List<Entry> entries) {
    }

    private FeedParser() {
    }

    public static ParsedFeed parse(byte[] xml, String feedUrl) throws RejectedInputException {
        return parse(xml, feedUrl, null);
    }

    /** {@code contentType} is the HTTP Content-Type the feed came with (its charset counts), or null. */
    public static ParsedFeed parse(byte[] xml, String feedUrl, String contentType) throws RejectedInputException {
        String text = FeedText.decode(xml, contentType);
        if (JsonFeed.looksLikeOne(text)) {
            return JsonFeed.parse(text, feedUrl);
        }
        if (CdfFeed.looksLikeOne(text)) {
            return CdfFeed.parse(text, feedUrl);
        }
        SyndFeed feed;
        try {
            feed = build(text);
        } catch (FeedException | IllegalArgumentException e) {
            // a feed that is not well-formed XML (cut short, stray tags): read as a lenient parser repairs it, as
            // feed readers do; what cannot be repaired is refused with the strict parser's reason
            try {
                feed = build(repaired(text));
                if (feed.getEntries().isEmpty() && !onlyTheLastBracketMissing(text)) {
                    // repaired into nothing to read: a feed cut short is reported as broken, not kept as empty
                    throw new FeedException(t("reason.noEntries"));
                }
            } catch (FeedException | IllegalArgumentException again) {
                String m = e.getMessage() == null ? "" : e.getMessage();
                throw new RejectedInputException(t("reason.notFeed", firstLine(m)));
            }
        }
        List<Entry> entries = new ArrayList<>();
        // the items as a lenient XML parser sees them, for what Rome leaves aside; parsed only if asked for
        java.util.function.Supplier<org.jsoup.select.Elements> rawItems = memo(() ->
                org.jsoup.Jsoup.parse(text, "", org.jsoup.parser.Parser.xmlParser()).select("item, entry"));
        int index = -1;
        for (SyndEntry e : feed.getEntries()) {
            index++;
            String link = e.getLink();
            if ((link == null || link.isBlank()) && !e.getLinks().isEmpty()) {
                link = e.getLinks().get(0).getHref();
            }
            link = link == null || link.isBlank() ? null : resolve(feedUrl, link.strip());
            StringBuilder html = new StringBuilder();
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null) {
                    html.append(c.getValue()).append('\n');
                }
            }
            com.rometools.rome.feed.module.DCModule dc = (com.rometools.rome.feed.module.DCModule)
                    e.getModule(com.rometools.rome.feed.module.DCModule.URI);
            String summary = e.getDescription() != null ? e.getDescription().getValue() : null;
            if ((summary == null || summary.isBlank()) && dc != null) {
                summary = dc.getDescription();
            }
            if (html.length() == 0) {
                html.append(foreignBody(e));
            }
            if (html.length() == 0 && (summary == null || summary.isBlank())) {
                // an item whose text is in an element Rome does not map (<body>, <xhtml:body>, <fullitem>)
                html.append(itemBody(rawItems.get(), index));
            }
            if (html.length() == 0 && summary != null) {
                html.append(summary);
            }
            String title = FeedText.plain(e.getTitle());
            if (title == null && dc != null) {
                title = FeedText.plain(dc.getTitle());
            }
            if (title == null) {
                title = FeedText.plain(rawChild(rawItems.get(), index, "media:title"));
            }
            if (summary == null && html.length() == 0) {
                summary = rawChild(rawItems.get(), index, "itunes:summary", "media:description");
                html.append(summary == null ? "" : summary);
            }
            Instant published = instant(e.getPublishedDate());
            Instant updated = instant(e.getUpdatedDate());
            String guid = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip() : link;
            if (guid == null) {
                guid = digest(title, html.toString(), published);
            }
            String author = author(e);
            if (author == null && dc != null) {
                author = FeedText.plain(dc.getCreator());
            }
            if (author == null) {
                author = FeedText.plain(rawChild(rawItems.get(), index, "dc:author", "itunes:author"));
            }
            entries.add(new Entry(guid, link, title, published, updated, html.toString(), author, summary));
        }
        String site = feed.getLink() == null || feed.getLink().isBlank() ? null : resolve(feedUrl, feed.getLink().strip());
        return new ParsedFeed(feedTitle(feed), site, entries);
    }

    /** "…</channel></rss": whole but for the root's last '>', unlike a feed cut off in the middle. */
    private static boolean onlyTheLastBracketMissing(String text) {
        String t = text.stripTrailing();
        int close = t.lastIndexOf("</");
        return close >= 0 && t.substring(close + 2).matches("[A-Za-z][\\w:.-]*") && t.length() - close < 20;
    }

    private static SyndFeed build(String text) throws FeedException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        return input.build(new java.io.StringReader(text));
    }

    /** The document as jsoup's XML parser repairs it (closing what was left open), without its prolog. */
    private static String repaired(String text) {
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parse(text, "", org.jsoup.parser.Parser.xmlParser());
        d.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml).prettyPrint(false)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml);
        StringBuilder out = new StringBuilder();
        for (org.jsoup.nodes.Node n : d.childNodes()) {
            if (n instanceof org.jsoup.nodes.Element) {
                out.append(n.outerHtml());
            }
        }
        return out.toString();
    }

    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> s) {
        Object[] held = {null};
        return () -> {
            if (held[0] == null) {
                held[0] = s.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) held[0];
            return t;
        };
    }

    /** An RSS item's whole text in elements Rome leaves aside: {@code <body>}, {@code <xhtml:body>}, {@code <fullitem>}. */
    private static String foreignBody(SyndEntry e) {
        Object markup = e.getForeignMarkup();
        if (!(markup instanceof List<?> list)) {
            return "";
        }
        for (Object o : list) {
            if (o instanceof org.jdom2.Element el && (el.getName().equals("body") || el.getName().equals("fullitem"))) {
                if (el.getChildren().isEmpty()) {
                    return el.getText(); // escaped markup, as in <fullitem>
                }
                org.jdom2.output.XMLOutputter out = new org.jdom2.output.XMLOutputter(org.jdom2.output.Format.getRawFormat());
                return out.outputString(el.getContent());
            }
        }
        return "";
    }

    /** The text of the first of these children of the index-th raw item (also inside a media:group), or null. */
    private static String rawChild(org.jsoup.select.Elements items, int index, String... names) {
        if (index >= items.size()) {
            return null;
        }
        for (String n : names) {
            for (org.jsoup.nodes.Element c : items.get(index).getAllElements()) {
                if (c.tagName().equalsIgnoreCase(n) && !c.text().isBlank()) {
                    return c.text();
                }
            }
        }
        return null;
    }

    private static String itemBody(org.jsoup.select.Elements items, int index) {
        if (index >= items.size()) {
            return "";
        }
        for (org.jsoup.nodes.Element c : items.get(index).children()) {
            String n = c.tagName();
            if (n.equals("body") || n.endsWith(":body") || n.equals("fullitem")) {
                return c.children().isEmpty() ? c.text() : c.html();
            }
        }
        return "";
    }

    /** The feed's title as plain text, from its title or, where it has none, its Dublin Core title. */
    private static String feedTitle(SyndFeed feed) {
        String t = FeedText.plain(feed.getTitle());
        if (t == null) {
            com.rometools.rome.feed.module.DCModule dc = (com.rometools.rome.feed.module.DCModule)
                    feed.getModule(com.rometools.rome.feed.module.DCModule.URI);
            t = dc == null ? null : FeedText.plain(dc.getTitle());
        }
        return t;
    }

    private static String author(SyndEntry e) {
        String a = FeedText.plain(e.getAuthor());
        if (a == null && !e.getAuthors().isEmpty()) {
            a = FeedText.plain(e.getAuthors().get(0).getName());
        }
        return a;
    }

    /**
     * An id for an entry that has none of its own (no guid, id or link): a digest of what it says, stable from one
     * sync to the next, so it is stored once and never dropped.
     */
    static String digest(String title, String html, Instant published) {
        String key = (title == null ? "" : title) + "\u0000" + (html == null ? "" : html.strip()) + "\u0000"
                + (published == null ? "" : published.toString());
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "bantin:entry:" + java.util.HexFormat.of().formatHex(h, 0, 12);
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String resolve(String base, String link) {
        try {
            return base == null ? link : java.net.URI.create(base).resolve(link).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }

    private static String firstLine(String m) {
        if (m == null) {
            return t("reason.unknownError");
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
