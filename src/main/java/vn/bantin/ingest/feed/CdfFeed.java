package vn.bantin.ingest.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Microsoft's Channel Definition Format (1997), still served by a few old sites: CHANNEL and ITEM elements. */
final class CdfFeed {
    private CdfFeed() {
    }

    static boolean looksLikeOne(String text) {
        String t = text.replaceAll("(?s)<!--.*?-->|<\\?.*?\\?>", "").stripLeading();
        return t.regionMatches(true, 0, "<CHANNEL", 0, 8);
    }

    static FeedParser.ParsedFeed parse(String text, String feedUrl) {
        Document d = Jsoup.parse(text, feedUrl == null ? "" : feedUrl, Parser.xmlParser());
        Element channel = first(d, "channel");
        List<FeedParser.Entry> entries = new ArrayList<>();
        if (channel == null) {
            return new FeedParser.ParsedFeed(null, null, entries);
        }
        for (Element item : channel.getElementsByTag("ITEM").isEmpty() ? channel.getElementsByTag("item")
                : channel.getElementsByTag("ITEM")) {
            String link = attr(item, "href");
            String title = FeedText.plain(childText(item, "title"));
            String summary = childText(item, "abstract");
            Instant updated = instant(attr(item, "lastmod"));
            String id = link != null ? link : FeedParser.digest(title, summary, updated);
            entries.add(new FeedParser.Entry(id, link, title, null, updated, summary == null ? "" : summary, null, summary));
        }
        return new FeedParser.ParsedFeed(FeedText.plain(childText(channel, "title")), attr(channel, "href"), entries);
    }

    private static Element first(Document d, String tag) {
        for (Element e : d.getAllElements()) {
            if (e.tagName().equalsIgnoreCase(tag)) {
                return e;
            }
        }
        return null;
    }

    private static String childText(Element parent, String tag) {
        for (Element c : parent.children()) {
            if (c.tagName().equalsIgnoreCase(tag)) {
                return c.text().isBlank() ? null : c.text();
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        for (org.jsoup.nodes.Attribute a : e.attributes()) {
            if (a.getKey().equalsIgnoreCase(name) && !a.getValue().isBlank()) {
                return a.getValue().strip();
            }
        }
        return null;
    }

    private static Instant instant(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.length() == 16 ? s + ":00Z" : s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
