package vn.bantin.service.export;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import vn.bantin.domain.Article;
import vn.bantin.domain.ArticleImage;

/**
 * The export as one self-contained web page: its contents by month or province, then every article with its pictures
 * inlined, so the file opens whole in any browser with no connection and can be mailed as it is.
 */
final class HtmlWriter extends TextFileWriter {
    private static final String STYLE = """
            body{font:17px/1.6 Georgia,'Noto Serif',serif;max-width:44em;margin:2em auto;padding:0 1em;color:#1f2328}
            h1{font-size:2em}h2{margin-top:2.5em}nav li{margin:.2em 0}.meta{color:#59636e;font:15px/1.5 sans-serif}
            .lead{font-weight:bold}figure{margin:1.5em 0}img{max-width:100%;height:auto}figcaption{color:#59636e;font-size:.9em}
            .notes{border-left:3px solid #1a7f37;padding-left:1em;margin-top:1.5em}mark{background:#c9ecd0;color:inherit}
            @media (prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}.meta,figcaption{color:#9198a1}a{color:#4493f8}}
            """;


    HtmlWriter(Path file) throws IOException {
        super(file);
    }

    @Override
    public void begin(Header h) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"" + vn.bantin.i18n.Texts.locale().getLanguage() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + Writers.xml(h.title())
                + "</title>\n<meta name=\"generator\" content=\"Bantin\">\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write("<h1>" + Writers.xml(h.title()) + "</h1>\n<p class=\"meta\">"
                + Writers.xml(t("export.madeBy", h.entries().size(), Writers.date(h.made()))) + "</p>\n");
        out.write("<nav>\n<h2>" + Writers.xml(t("export.contents")) + "</h2>\n");
        for (Map.Entry<String, List<Entry>> chapter : Chapters.of(h).entrySet()) {
            out.write("<h3>" + Writers.xml(chapter.getKey()) + "</h3>\n<ol>\n");
            for (Entry e : chapter.getValue()) {
                out.write("<li><a href=\"#a" + e.key() + "\">" + Writers.xml(e.title()) + "</a></li>\n");
            }
            out.write("</ol>\n");
        }
        out.write("</nav>\n");
    }

    @Override
    public void write(ExportItem item) throws IOException {
        Article a = item.article();
        StringBuilder sb = new StringBuilder();
        sb.append("<article id=\"a").append(a.key()).append("\" lang=\"").append(Writers.xml(a.language())).append("\">\n");
        sb.append("<h2>").append(Writers.xml(a.title())).append("</h2>\n<p class=\"meta\">").append(Writers.xml(a.source().name()));
        if (item.dated()) {
            sb.append(" · <time datetime=\"").append(a.published()).append("\">").append(Writers.xml(Writers.date(item.day())))
                    .append("</time>");
        }
        if (a.author() != null && !a.author().isBlank()) {
            sb.append(" · ").append(Writers.xml(a.author()));
        }
        if (!item.provinces().isEmpty()) {
            sb.append(" · ").append(Writers.xml(String.join(", ", item.provinces())));
        }
        if (a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))) {
            sb.append(" · <a href=\"").append(Writers.xml(a.url())).append("\">").append(Writers.xml(t("export.original"))).append("</a>");
        }
        sb.append("</p>\n");
        if (!a.lead().isBlank()) {
            sb.append("<p class=\"lead\">").append(Writers.xml(a.lead().strip())).append("</p>\n");
        }
        for (String p : a.body()) {
            if (!p.isBlank()) {
                sb.append("<p>").append(Writers.xml(p.strip())).append("</p>\n");
            }
        }
        for (ArticleImage i : item.images()) {
            sb.append("<figure><img alt=\"").append(Writers.xml(i.caption())).append("\" src=\"data:")
                    .append(Writers.xml(i.mime())).append(";base64,").append(Base64.getEncoder().encodeToString(i.bytes())).append("\">");
            if (i.caption() != null && !i.caption().isBlank()) {
                sb.append("<figcaption>").append(Writers.xml(i.caption().strip())).append("</figcaption>");
            }
            sb.append("</figure>\n");
        }
        Writers.notes(sb, item);
        sb.append("</article>\n");
        out.write(sb.toString());
    }

    @Override
    public void finish() throws IOException {
        out.write("</body>\n</html>\n");
        super.finish();
    }
}
