package vn.bantin.ingest.feed;

import static vn.bantin.i18n.Texts.t;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.bantin.ingest.RejectedInputException;

/** JSON Feed 1.0 and 1.1 (jsonfeed.org): the same entries as an RSS or Atom feed gives, read with Jackson. */
final class JsonFeed {
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private JsonFeed() {
    }

    static boolean looksLikeOne(String text) {
        String t = text.stripLeading();
        return t.startsWith("{") && t.contains("jsonfeed.org/version");
    }

    static FeedParser.ParsedFeed parse(String text, String feedUrl) throws RejectedInputException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new RejectedInputException(t("reason.notJsonFeed", e.getMessage().lines().findFirst().orElse(t("reason.badJson"))));
        }
        if (!root.isObject() || !root.path("version").asText("").contains("jsonfeed.org/version")) {
            throw new RejectedInputException(t("reason.jsonFeedVersion"));
        }
        List<FeedParser.Entry> entries = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String html = text(item, "content_html");
            String summary = text(item, "summary");
            if (html == null) {
                String plain = text(item, "content_text");
                html = plain == null ? summary : org.jsoup.nodes.Entities.escape(plain).replace("\n\n", "<p>").replace("\n", "<br>");
            }
            String link = text(item, "url");
            link = link == null ? text(item, "external_url") : link;
            link = link == null ? null : resolve(feedUrl, link);
            String title = FeedText.plain(text(item, "title"));
            Instant published = instant(text(item, "date_published"));
            String id = text(item, "id");
            if (id == null) {
                id = link != null ? link : FeedParser.digest(title, html, published);
            }
            JsonNode authors = item.has("authors") ? item.path("authors") : item.path("author");
            String author = FeedText.plain(authors.isArray() ? authors.path(0).path("name").asText(null) : authors.path("name").asText(null));
            entries.add(new FeedParser.Entry(id, link, title, published, instant(text(item, "date_modified")),
                    html == null ? "" : html, author, summary));
        }
        String site = text(root, "home_page_url");
        return new FeedParser.ParsedFeed(FeedText.plain(text(root, "title")), site == null ? null : resolve(feedUrl, site), entries);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static Instant instant(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String resolve(String base, String link) {
        try {
            return base == null ? link : java.net.URI.create(base).resolve(link).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }
}
