package vn.bantin.ingest.page;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import vn.bantin.ingest.Css;

/**
 * What a page says about itself, read before its text: JSON-LD ({@code NewsArticle} and kin, in {@code @graph}s
 * and arrays too), OpenGraph and {@code article:*} tags, {@code itemprop} microdata, {@code <time datetime>},
 * {@code rel=author} and the canonical address: what the reader is shown (headline, date, writer, outlet,
 * address). Each field is null when the page does not say it.
 */
public record PageMetadata(String headline, String ogTitle, String htmlTitle, String siteName, String description,
                           String published, String author, String canonical) {
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "techarticle",
            "scholarlyarticle", "report", "liveblogposting", "socialmediaposting", "webpage");
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA).build());
    }

    public static PageMetadata of(Document doc) {
        // the page's meta elements gathered in one walk: some twenty look-ups below read them, and a look-up by
        // selector walked the whole page each time (a tenth of a real page's parse)
        Elements metas = doc.getElementsByTag("meta");
        JsonNode ld = jsonLdArticle(doc);
        String headline = ld == null ? null : text(ld.get("headline"));
        if (headline == null) {
            headline = firstNonBlank(itemprop(doc, "headline"), ld == null ? null : text(ld.get("name")));
        }
        String published = firstNonBlank(ld == null ? null : text(ld.get("datePublished")),
                meta(metas, "property", "article:published_time"), meta(metas, "itemprop", "datePublished"),
                attr(doc, "[itemprop=datePublished][datetime]", "datetime"),
                meta(metas, "name", "pubdate"), meta(metas, "name", "publishdate"), meta(metas, "name", "date"),
                meta(metas, "property", "og:published_time"), meta(metas, "name", "dc.date.issued"),
                meta(metas, "name", "parsely-pub-date"),
                meta(metas, "name", "sailthru.date"), attr(doc, "time[datetime][pubdate]", "datetime"),
                attr(doc, "article time[datetime]", "datetime"), attr(doc, "time[datetime]", "datetime"));
        String author = firstNonBlank(ld == null ? null : person(ld.get("author")), meta(metas, "name", "author"),
                meta(metas, "property", "article:author"), itemprop(doc, "author"),
                text(first(doc, "[rel=author]")), meta(metas, "name", "parsely-author"));
        String site = firstNonBlank(meta(metas, "property", "og:site_name"),
                ld == null ? null : person(ld.get("publisher")), meta(metas, "name", "application-name"));
        String canonical = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(metas, "property", "og:url"),
                ld == null ? null : text(ld.get("url")));
        String description = firstNonBlank(meta(metas, "property", "og:description"), meta(metas, "name", "description"),
                ld == null ? null : text(ld.get("description")));
        String ogTitle = firstNonBlank(meta(metas, "property", "og:title"), meta(metas, "name", "twitter:title"));
        return new PageMetadata(headline, ogTitle, blankToNull(doc.title()), site, description, published, author, canonical);
    }

    public Optional<OffsetDateTime> publishedDate(Boolean dayFirst) {
        return published == null ? Optional.empty() : DateParser.parseDateLine(published, dayFirst, null);
    }

    /** The first JSON-LD object of an article type, looking inside {@code @graph} and arrays; null when none. */
    private static JsonNode jsonLdArticle(Document doc) {
        JsonNode fallback = null;
        for (Element s : doc.select(Css.of("script[type=application/ld+json]"))) {
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(s.data().strip());
            } catch (Exception e) {
                continue; // sites ship broken JSON-LD often; the other sources still speak
            }
            List<JsonNode> nodes = new ArrayList<>();
            flatten(root, nodes, 0);
            for (JsonNode n : nodes) {
                String type = types(n);
                if (type.isEmpty()) {
                    continue;
                }
                if (type.contains("newsarticle") || type.contains("|article|") || type.contains("blogposting")
                        || type.contains("reportage")) {
                    return n;
                }
                for (String t : type.split("\\|")) {
                    if (ARTICLE_TYPES.contains(t) && (fallback == null || !t.equals("webpage"))) {
                        fallback = fallback == null || types(fallback).contains("webpage") ? n : fallback;
                    }
                }
            }
        }
        return fallback;
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> flatten(c, out, depth + 1));
        } else if (n.isObject()) {
            out.add(n);
            flatten(n.get("@graph"), out, depth + 1);
            JsonNode main = n.get("mainEntity");
            if (main != null && main.isObject()) {
                flatten(main, out, depth + 1);
            }
        }
    }

    private static String types(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder("|");
        if (t.isArray()) {
            t.forEach(x -> sb.append(x.asText().toLowerCase(Locale.ROOT)).append('|'));
        } else {
            sb.append(t.asText().toLowerCase(Locale.ROOT)).append('|');
        }
        return sb.toString();
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return firstNonBlank(text(n.get("@value")), text(n.get("@id")), text(n.get("url")));
        }
        return blankToNull(org.jsoup.parser.Parser.unescapeEntities(n.asText(), false));
    }

    /** A name from a string, a Person or Organization object, or a list of them ("A, B"). */
    private static String person(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            List<String> names = new ArrayList<>();
            n.forEach(x -> {
                String name = person(x);
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (n.isObject()) {
            return text(n.get("name"));
        }
        return text(n);
    }

    private static String itemprop(Document doc, String prop) {
        Element e = first(doc, "[itemprop=" + prop + "]");
        if (e == null) {
            return null;
        }
        if (e.hasAttr("content")) {
            return blankToNull(e.attr("content"));
        }
        Element name = first(e, "[itemprop=name]");
        return blankToNull((name != null ? name : e).text());
    }

    /**
     * As the selector {@code meta[key=value]} finds it: the first meta element whose attribute has the value, its
     * case aside, and that element's content (null when blank, as with a blank first match of the selector).
     */
    private static String meta(Elements metas, String key, String value) {
        for (Element m : metas) {
            if (m.hasAttr(key) && value.equalsIgnoreCase(m.attr(key).trim())) {
                return blankToNull(m.attr("content"));
            }
        }
        return null;
    }

    private static Element first(Element root, String css) {
        return root.selectFirst(Css.of(css));
    }

    private static String attr(Document doc, String selector, String attr) {
        Element e = first(doc, selector);
        return e == null ? null : blankToNull(e.attr(attr));
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
