package vn.bantin.service.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/** The writer for each format, and what several of them share: file names, escapes, removing a partial export. */
final class Writers {
    private Writers() {
    }

    static ExportWriter of(Exporter.Options o, Path partial) throws IOException {
        return switch (o.format()) {
            case MARKDOWN -> o.onePerArticle() ? new MarkdownFolderWriter(partial) : new MarkdownWriter(partial);
            case HTML -> new HtmlWriter(partial);
            case JSONL -> new JsonLinesWriter(partial);
            case CSV -> new CsvWriter(partial);
            case EPUB -> new EpubWriter(partial);
            case BIBTEX -> new BibtexWriter(partial);
            case CSL_JSON -> new CslJsonWriter(partial);
        };
    }

    /** Closes what a writer had open when it is given up part way; the partial file is removed next. */
    static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing of it is kept: the caller deletes the partial file
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (p == null || !Files.exists(p)) {
            return;
        }
        try (Stream<Path> all = Files.walk(p)) {
            for (Path x : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }

    static boolean holdsAnything(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isPresent();
        }
    }

    /** "Đà Nẵng mở cầu mới!" becomes "da-nang-mo-cau-moi": a file name every system takes. */
    static String slug(String text, int max) {
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (folded.length() > max) {
            folded = folded.substring(0, max).replaceAll("-[^-]*$", "");
        }
        return folded.isEmpty() ? "article" : folded;
    }

    /** Text for HTML and XHTML: the five special characters escaped, and characters XML forbids left out. */
    static String xml(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * The reader's note and highlights after an article, as HTML that is XHTML too (the web page and the book): the
     * note's lines, then each highlight's words marked, with its own note under them.
     */
    static void notes(StringBuilder sb, ExportItem item) {
        if (!item.annotated()) {
            return;
        }
        sb.append("<aside class=\"notes\"><h3>").append(xml(vn.bantin.i18n.Texts.t("notes.title"))).append("</h3>\n");
        if (item.note() != null) {
            for (String line : item.note().split("\n")) {
                if (!line.isBlank()) {
                    sb.append("<p>").append(xml(line.strip())).append("</p>\n");
                }
            }
        }
        for (vn.bantin.domain.Highlight h : item.highlights()) {
            sb.append("<blockquote><mark>").append(xml(h.quote())).append("</mark></blockquote>\n");
            if (h.note() != null) {
                sb.append("<p>").append(xml(h.note())).append("</p>\n");
            }
        }
        sb.append("</aside>\n");
    }

    /** The file-name ending for a picture's type; pictures of other types keep "img". */
    static String extension(String mime) {
        return switch (mime == null ? "" : mime.toLowerCase(Locale.ROOT)) {
            case "image/jpeg", "image/jpg" -> "jpg";
            case "image/png" -> "png";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            case "image/svg+xml" -> "svg";
            default -> "img";
        };
    }

    /** "22 January 2025" in English or "22 tháng 1, 2025" in Vietnamese: a date in the reader's language. */
    static String date(java.time.LocalDate d) {
        return vn.bantin.i18n.Texts.date(d);
    }
}
