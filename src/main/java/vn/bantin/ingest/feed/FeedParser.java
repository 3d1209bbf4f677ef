package vn.bantin.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import vn.bantin.ingest.RejectedInputException;

/** RSS 2.0 and Atom through Rome, with DOCTYPEs (so external entities too) refused. */
public final class FeedParser {
    public record Entry(String guid, String link, String title, Instant published, Instant updated, String html) {
    }

    public record ParsedFeed(String title, String siteUrl, List<Entry> entries) {
    }

    private FeedParser() {
    }

    public static ParsedFeed parse(byte[] xml, String feedUrl) throws RejectedInputException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        input.setXmlHealerOn(true);
        SyndFeed feed;
        try {
            feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
        } catch (FeedException | IllegalArgumentException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (m.toLowerCase(java.util.Locale.ROOT).contains("doctype")) {
                throw new RejectedInputException("the feed declares a DOCTYPE, which Bantin does not read (it could pull in other files)");
            }
            throw new RejectedInputException("not an RSS or Atom feed: " + firstLine(m));
        } catch (IOException e) {
            throw new RejectedInputException("the feed cannot be read: " + firstLine(e.getMessage()));
        }
        List<Entry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink();
            if (link == null && !e.getLinks().isEmpty()) {
                link = e.getLinks().get(0).getHref();
            }
            String guid = e.getUri() != null && !e.getUri().isBlank() ? e.getUri() : link;
            if (guid == null) {
                guid = e.getTitle();
            }
            if (guid == null) {
                continue;
            }
            StringBuilder html = new StringBuilder();
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null) {
                    html.append(c.getValue()).append('\n');
                }
            }
            if (html.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null) {
                html.append(e.getDescription().getValue());
            }
            entries.add(new Entry(guid.strip(), link == null ? null : resolve(feedUrl, link.strip()), e.getTitle(),
                    instant(e.getPublishedDate()), instant(e.getUpdatedDate()), html.toString()));
        }
        String site = feed.getLink() == null ? null : resolve(feedUrl, feed.getLink());
        return new ParsedFeed(feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip(), site, entries);
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
            return "unknown error";
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
