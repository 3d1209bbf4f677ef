package vn.bantin.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.bantin.domain.ArticleQuery;

/**
 * The EPUB export checked as a reading system opens a book (EPUB 3.3, OCF and package rules): the mimetype first and
 * stored, the container naming the package, every page well-formed XHTML, every manifest item in the file and every
 * file in the manifest, the spine in reading order, the navigation document's contents by month or by province.
 */
class EpubExportTest extends ExportTestBase {
    private Path book(Exporter.Toc toc) throws IOException {
        Path out = dir.resolve("book-" + toc + ".epub");
        ExportFixture.exporter(ctx).export(ArticleQuery.ALL.withCollection(collection),
                new Exporter.Options(ExportFormat.EPUB, ExportFixture.COLLECTION, toc, false), out, Exporter.Progress.NONE, () -> false);
        return out;
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static Map<String, byte[]> entries(Path epub) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(epub))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    @Test
    void theBookIsAWellFormedEpubWhosePackageListsEveryFileAndReadsOldestFirst() throws Exception {
        Path epub = book(Exporter.Toc.DATE);
        byte[] raw = Files.readAllBytes(epub);
        // OCF: the first local header is "mimetype", stored, with no extra field, so its bytes sit at offset 38
        assertThat(new String(raw, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(raw[8] | raw[9] << 8).as("stored, not compressed").isZero();
        assertThat(raw[28] | raw[29] << 8).as("no extra field").isZero();
        assertThat(new String(raw, 38, 20, StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");

        Map<String, byte[]> files = entries(epub);
        assertThat(files.keySet().iterator().next()).isEqualTo("mimetype");
        Document container = xml(files.get("META-INF/container.xml"));
        Element rootfile = (Element) container.getElementsByTagNameNS("*", "rootfile").item(0);
        assertThat(rootfile.getAttribute("media-type")).isEqualTo("application/oebps-package+xml");
        String opfPath = rootfile.getAttribute("full-path");
        Document opf = xml(files.get(opfPath));
        String base = opfPath.substring(0, opfPath.lastIndexOf('/') + 1);
        Element pkg = opf.getDocumentElement();
        assertThat(pkg.getAttribute("version")).isEqualTo("3.0");
        String uid = pkg.getAttribute("unique-identifier");
        Element identifier = (Element) opf.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "identifier").item(0);
        assertThat(identifier.getAttribute("id")).isEqualTo(uid);
        assertThat(identifier.getTextContent()).startsWith("urn:uuid:");
        assertThat(opf.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent())
                .isEqualTo(ExportFixture.COLLECTION);
        assertThat(opf.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "language").item(0).getTextContent()).isEqualTo("en");
        NodeList metas = opf.getElementsByTagNameNS("*", "meta");
        assertThat(metas.getLength()).isEqualTo(1);
        assertThat(((Element) metas.item(0)).getAttribute("property")).isEqualTo("dcterms:modified");
        assertThat(metas.item(0).getTextContent()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        Map<String, String> manifest = new LinkedHashMap<>();
        String nav = null;
        NodeList items = opf.getElementsByTagNameNS("*", "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String href = base + item.getAttribute("href");
            assertThat(files).as("the file of manifest item %s", href).containsKey(href);
            manifest.put(item.getAttribute("id"), href);
            if (item.getAttribute("properties").contains("nav")) {
                nav = href;
            }
            if (item.getAttribute("media-type").equals("application/xhtml+xml")) {
                xml(files.get(href)); // well-formed, or this throws
            }
        }
        List<String> unlisted = new ArrayList<>(files.keySet());
        unlisted.removeAll(manifest.values());
        assertThat(unlisted).as("files the manifest does not name").containsExactlyInAnyOrder("mimetype", "META-INF/container.xml", opfPath);
        assertThat(files.get("OEBPS/images/a1-1.png")).isEqualTo(ExportFixture.PNG);

        NodeList refs = opf.getElementsByTagNameNS("*", "itemref");
        List<String> spine = new ArrayList<>();
        for (int i = 0; i < refs.getLength(); i++) {
            spine.add(((Element) refs.item(i)).getAttribute("idref"));
        }
        assertThat(spine).as("contents, then the articles oldest first").containsExactly("nav", "a2", "a1", "a3");

        Document navDoc = xml(files.get(nav));
        Element toc = (Element) navDoc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "nav").item(0);
        assertThat(toc.getAttributeNS("http://www.idpf.org/2007/ops", "type")).isEqualTo("toc");
        NodeList spans = toc.getElementsByTagNameNS("*", "span");
        assertThat(List.of(spans.item(0).getTextContent(), spans.item(1).getTextContent(), spans.item(2).getTextContent()))
                .containsExactly("October 2024", "January 2025", "March 2025");
        NodeList links = toc.getElementsByTagNameNS("*", "a");
        for (int i = 0; i < links.getLength(); i++) {
            assertThat(files).containsKey(base + ((Element) links.item(i)).getAttribute("href"));
        }
        String page = new String(files.get("OEBPS/text/a1.xhtml"), StandardCharsets.UTF_8);
        assertThat(page).contains("<img src=\"../images/a1-1.png\" alt=\"Pineapples at dawn on the Hau River\"/>")
                .contains("&amp; the heat rises").contains("&lt;more&gt; boats")
                .contains("<blockquote><mark>prices start at 20,000 dong</mark></blockquote>").contains("Compare with Phụng Hiệp.");
        try (ZipFile z = new ZipFile(epub.toFile())) {
            assertThat(z.getEntry("mimetype").getMethod()).isEqualTo(ZipEntry.STORED);
        }
    }

    @Test
    void contentsByProvinceListAnArticleUnderEachOfItsProvincesByName() throws Exception {
        Document navDoc = xml(entries(book(Exporter.Toc.PROVINCE)).get("OEBPS/nav.xhtml"));
        NodeList spans = navDoc.getElementsByTagNameNS("*", "span");
        List<String> chapters = new ArrayList<>();
        for (int i = 0; i < spans.getLength(); i++) {
            chapters.add(spans.item(i).getTextContent());
        }
        assertThat(chapters).containsExactly("Cà Mau", "Cần Thơ", "Quảng Nam");
    }
}
