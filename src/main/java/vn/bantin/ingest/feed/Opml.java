package vn.bantin.ingest.feed;

import static vn.bantin.i18n.Texts.t;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.bantin.domain.Feed;
import vn.bantin.ingest.RejectedInputException;

/**
 * OPML subscription lists. Read with jsoup's XML parser, which never resolves entities or fetches a DTD; written
 * with every attribute escaped.
 */
public final class Opml {
    public record Outline(String title, String xmlUrl, String htmlUrl) {
    }

    private Opml() {
    }

    public static List<Outline> read(String xml) throws RejectedInputException {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        if (doc.selectFirst("opml") == null) {
            throw new RejectedInputException(t("reason.notOpml"));
        }
        List<Outline> out = new ArrayList<>();
        for (Element o : doc.select("outline[xmlUrl]")) {
            String url = o.attr("xmlUrl").strip();
            if (url.isEmpty()) {
                continue;
            }
            String title = o.hasAttr("title") ? o.attr("title") : o.attr("text");
            out.add(new Outline(title.isBlank() ? null : title.strip(), url, o.attr("htmlUrl").isBlank() ? null : o.attr("htmlUrl")));
        }
        return out;
    }

    public static String write(List<Feed> feeds) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n")
                .append("  <head><title>Bantin subscriptions</title></head>\n  <body>\n");
        for (Feed f : feeds) {
            sb.append("    <outline type=\"rss\" text=\"").append(esc(f.title())).append("\" title=\"").append(esc(f.title()))
                    .append("\" xmlUrl=\"").append(esc(f.url())).append('"');
            if (f.siteUrl() != null) {
                sb.append(" htmlUrl=\"").append(esc(f.siteUrl())).append('"');
            }
            sb.append("/>\n");
        }
        return sb.append("  </body>\n</opml>\n").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;");
    }
}
