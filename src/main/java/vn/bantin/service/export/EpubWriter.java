package vn.bantin.service.export;

import static vn.bantin.i18n.Texts.t;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.bantin.domain.Article;

/**
 * The export as an EPUB 3 book: the mimetype first and stored, the container, one XHTML page per article with its
 * pictures, and at the end (once every page is known) the navigation document, contents by month or by province,
 * and the package document.
 */
final class EpubWriter implements ExportWriter {
    private static final String XHTML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"%1$s\" xml:lang=\"%1$s\">\n"
            + "<head>\n<meta charset=\"utf-8\"/>\n<title>%2$s</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"%3$sstyle.css\"/>\n</head>\n";
    private static final String STYLE = "body{font-family:serif;line-height:1.5}h1{font-size:1.5em}.meta{font-size:.85em;color:#555}"
            + ".lead{font-weight:bold}img{max-width:100%}figcaption{font-size:.85em;color:#555}"
            + ".notes{border-left:3px solid #1a7f37;padding-left:1em}mark{background:#c9ecd0}\n";

    private final ZipOutputStream zip;
    private final List<String> manifest = new ArrayList<>();
    private final List<String> spine = new ArrayList<>();
    private Header header;
    /** The day the book is made, as a DOS time: a full timestamp would add an extra field, which OCF forbids the mimetype. */
    private long stamp;

    EpubWriter(Path file) throws IOException {
        OutputStream os = Files.newOutputStream(file);
        zip = new ZipOutputStream(os, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(Header h) throws IOException {
        header = h;
        stamp = h.made().atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry m = new ZipEntry("mimetype");
        m.setMethod(ZipEntry.STORED); // readers find the book's type at a fixed place: first, uncompressed
        m.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        m.setCrc(crc.getValue());
        m.setTime(stamp);
        zip.putNextEntry(m);
        zip.write(mimetype);
        zip.closeEntry();
        put("META-INF/container.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles>
                    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
                  </rootfiles>
                </container>
                """);
    }

    @Override
    public void write(ExportItem item) throws IOException {
        Article a = item.article();
        String id = "a" + a.key();
        StringBuilder sb = new StringBuilder(String.format(XHTML_HEAD, Writers.xml(a.language()), Writers.xml(a.title()), "../"));
        sb.append("<body>\n<section epub:type=\"chapter\">\n<h1>").append(Writers.xml(a.title())).append("</h1>\n<p class=\"meta\">")
                .append(Writers.xml(a.source().name()));
        if (item.dated()) {
            sb.append(" · ").append(Writers.xml(Writers.date(item.day())));
        }
        if (a.author() != null && !a.author().isBlank()) {
            sb.append(" · ").append(Writers.xml(a.author()));
        }
        if (!item.provinces().isEmpty()) {
            sb.append(" · ").append(Writers.xml(String.join(", ", item.provinces())));
        }
        sb.append("</p>\n");
        if (a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))) {
            sb.append("<p class=\"meta\"><a href=\"").append(Writers.xml(a.url())).append("\">").append(Writers.xml(a.url())).append("</a></p>\n");
        }
        if (!a.lead().isBlank()) {
            sb.append("<p class=\"lead\">").append(Writers.xml(a.lead().strip())).append("</p>\n");
        }
        for (String p : a.body()) {
            if (!p.isBlank()) {
                sb.append("<p>").append(Writers.xml(p.strip())).append("</p>\n");
            }
        }
        for (int i = 0; i < item.images().size(); i++) {
            var img = item.images().get(i);
            String name = id + "-" + (i + 1) + "." + Writers.extension(img.mime());
            putBytes("OEBPS/images/" + name, img.bytes());
            manifest.add("<item id=\"" + id + "-" + (i + 1) + "\" href=\"images/" + name + "\" media-type=\"" + Writers.xml(img.mime()) + "\"/>");
            sb.append("<figure><img src=\"../images/").append(name).append("\" alt=\"").append(Writers.xml(img.caption())).append("\"/>");
            if (img.caption() != null && !img.caption().isBlank()) {
                sb.append("<figcaption>").append(Writers.xml(img.caption().strip())).append("</figcaption>");
            }
            sb.append("</figure>\n");
        }
        Writers.notes(sb, item);
        sb.append("</section>\n</body>\n</html>\n");
        put("OEBPS/text/" + id + ".xhtml", sb.toString());
        manifest.add("<item id=\"" + id + "\" href=\"text/" + id + ".xhtml\" media-type=\"application/xhtml+xml\"/>");
        spine.add("<itemref idref=\"" + id + "\"/>");
    }

    @Override
    public void finish() throws IOException {
        String lang = vn.bantin.i18n.Texts.locale().getLanguage();
        StringBuilder nav = new StringBuilder(String.format(XHTML_HEAD, lang, Writers.xml(t("export.contents")), ""));
        nav.append("<body>\n<nav epub:type=\"toc\" id=\"toc\">\n<h1>").append(Writers.xml(header.title())).append("</h1>\n<ol>\n");
        for (Map.Entry<String, List<Entry>> chapter : Chapters.of(header).entrySet()) {
            nav.append("<li><span>").append(Writers.xml(chapter.getKey())).append("</span>\n<ol>\n");
            for (Entry e : chapter.getValue()) {
                nav.append("<li><a href=\"text/a").append(e.key()).append(".xhtml\">").append(Writers.xml(e.title())).append("</a></li>\n");
            }
            nav.append("</ol>\n</li>\n");
        }
        nav.append("</ol>\n</nav>\n</body>\n</html>\n");
        put("OEBPS/nav.xhtml", nav.toString());
        put("OEBPS/style.css", STYLE);
        StringBuilder keys = new StringBuilder(header.title());
        header.entries().forEach(e -> keys.append(',').append(e.key()));
        String uuid = UUID.nameUUIDFromBytes(keys.toString().getBytes(StandardCharsets.UTF_8)).toString();
        String opf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\" xml:lang=\"" + lang + "\">\n"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:identifier id=\"uid\">urn:uuid:" + uuid + "</dc:identifier>\n"
                + "<dc:title>" + Writers.xml(header.title()) + "</dc:title>\n"
                + "<dc:language>" + lang + "</dc:language>\n"
                + "<dc:publisher>Bantin</dc:publisher>\n"
                + "<meta property=\"dcterms:modified\">" + header.made() + "T00:00:00Z</meta>\n"
                + "</metadata>\n<manifest>\n"
                + "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n"
                + "<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n"
                + String.join("\n", manifest) + "\n</manifest>\n<spine>\n<itemref idref=\"nav\"/>\n"
                + String.join("\n", spine) + "\n</spine>\n</package>\n";
        put("OEBPS/content.opf", opf);
        zip.close();
    }

    @Override
    public void abandon() {
        Writers.closeQuietly(zip);
    }

    private void put(String name, String text) throws IOException {
        putBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void putBytes(String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(stamp);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }
}
