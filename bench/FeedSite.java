import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Executors;
import vn.bantin.app.bench.BenchCorpus;

/**
 * A news site on 127.0.0.1 for bench/peers.sh: one RSS feed of ITEMS entries and a page per entry, made from the
 * benchmark's generated corpus. Answers conditional requests (ETag, If-Modified-Since) as a real site does, so a
 * second reload of an unchanged feed is a 304 for every reader. Writes the port to DIR/port and serves until killed.
 *
 * Run: java -cp target/bantin.jar:target/lib/* bench/FeedSite.java DIR ITEMS
 */
public class FeedSite {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int items = Integer.parseInt(args[1]);
        Files.createDirectories(dir.resolve("a"));
        // without TCP_NODELAY the JDK's server answers every request after the first on a kept-alive connection
        // 40 ms late (Nagle against delayed ACKs): a delay no real site has, which would fall on whoever reuses
        // connections
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        write(dir, base, items);
        String etag = "\"" + Long.toHexString(Files.getLastModifiedTime(dir.resolve("feed.xml")).toMillis()) + "\"";
        String modified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Files.getLastModifiedTime(dir.resolve("feed.xml")).toInstant().atOffset(ZoneOffset.UTC));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = dir.resolve(path.substring(1)).normalize();
            try (exchange) {
                if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
                String ims = exchange.getRequestHeaders().getFirst("If-Modified-Since");
                exchange.getResponseHeaders().set("ETag", etag);
                exchange.getResponseHeaders().set("Last-Modified", modified);
                if (etag.equals(inm) || (inm == null && modified.equals(ims))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                exchange.getResponseHeaders().set("Content-Type",
                        path.endsWith(".xml") ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        Files.writeString(dir.resolve("port"), Integer.toString(server.getAddress().getPort()));
    }

    private static void write(Path dir, String base, int items) throws IOException {
        List<BenchCorpus.Draft> drafts = BenchCorpus.drafts(items, 20251122L);
        StringBuilder rss = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Bantin bench news</title><link>%s/</link>
                <description>Generated news for the benchmark</description>
                """.formatted(base));
        for (int i = 0; i < drafts.size(); i++) {
            BenchCorpus.Draft d = drafts.get(i);
            String url = base + "/a/" + i + ".html";
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(d.published().atOffset(ZoneOffset.ofHours(7)));
            rss.append("<item><title>").append(esc(d.title())).append("</title><link>").append(url)
                    .append("</link><guid isPermaLink=\"true\">").append(url).append("</guid><pubDate>").append(date)
                    .append("</pubDate><description>").append(esc(d.lead())).append("</description></item>\n");
            StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                    .append(esc(d.title())).append("</title><meta property=\"og:title\" content=\"").append(esc(d.title()))
                    .append("\"><meta property=\"article:published_time\" content=\"")
                    .append(d.published().atOffset(ZoneOffset.ofHours(7))).append("\"></head><body><nav><a href=\"/\">Home</a>"
                            + " <a href=\"/a/\">Provinces</a></nav><article><h1>").append(esc(d.title())).append("</h1><p class=\"lead\">")
                    .append(esc(d.lead())).append("</p>");
            for (String p : d.paragraphs()) {
                page.append("<p>").append(esc(p)).append("</p>");
            }
            page.append("</article><footer>Bench news, 127.0.0.1</footer></body></html>\n");
            Files.writeString(dir.resolve("a/" + i + ".html"), page, StandardCharsets.UTF_8);
        }
        rss.append("</channel></rss>\n");
        Files.writeString(dir.resolve("feed.xml"), rss, StandardCharsets.UTF_8);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
